package io.jalloy.prometheus.relabel;

import io.jalloy.common.relabel.RelabelRule;
import io.jalloy.prometheus.api.MetricsReceiver;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ValueException;
import java.util.List;

/**
 * The arguments of {@code prometheus.relabel}.
 *
 * @param forwardTo where relabeled samples go
 * @param rules the {@code rule} blocks, applied in order to each series
 * @param maxCacheSize how many series' outcomes to remember (Alloy's default 100000)
 */
public record Arguments(
        @Attr("forward_to") List<MetricsReceiver> forwardTo,
        @Block(value = "rule", optional = true) List<RelabelRule> rules,
        @Attr(value = "max_cache_size", optional = true) int maxCacheSize)
        implements Validating {

    /** Alloy's default {@code max_cache_size}. */
    public static final int DEFAULT_MAX_CACHE_SIZE = 100_000;

    public Arguments {
        forwardTo = List.copyOf(forwardTo);
        rules = List.copyOf(rules);
    }

    public static Arguments defaults() {
        return new Arguments(List.of(), List.of(), DEFAULT_MAX_CACHE_SIZE);
    }

    /** A copy forwarding to {@code receivers}. */
    public Arguments withForwardTo(List<MetricsReceiver> receivers) {
        return new Arguments(receivers, rules, maxCacheSize);
    }

    @Override
    public void validate() throws ValueException {
        if (maxCacheSize <= 0) {
            throw new ValueException("max_cache_size must be greater than 0 and is " + maxCacheSize);
        }
    }
}
