package io.jalloy.prometheus.relabel;

import io.jalloy.common.relabel.RelabelRule;
import io.jalloy.prometheus.api.MetricsReceiver;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ValueException;
import java.time.Duration;
import java.util.List;

/**
 * The arguments of {@code prometheus.relabel}.
 *
 * @param forwardTo where relabeled samples go
 * @param rules the {@code rule} blocks, applied in order to each series
 * @param maxCacheSize how many series' outcomes to remember (Alloy's default 100000); 0 with
 *     {@code cache_ttl}
 * @param cacheTtl when non-zero, outcomes are kept for about this long instead of by count
 */
public record Arguments(
        @Attr("forward_to") List<MetricsReceiver> forwardTo,
        @Block(value = "rule", optional = true) List<RelabelRule> rules,
        @Attr(value = "max_cache_size", optional = true) int maxCacheSize,
        @Attr(value = "cache_ttl", optional = true) Duration cacheTtl)
        implements Validating {

    /** Alloy's default {@code max_cache_size}. */
    public static final int DEFAULT_MAX_CACHE_SIZE = 100_000;

    public Arguments {
        forwardTo = List.copyOf(forwardTo);
        rules = List.copyOf(rules);
    }

    public static Arguments defaults() {
        return new Arguments(List.of(), List.of(), DEFAULT_MAX_CACHE_SIZE, Duration.ZERO);
    }

    /** A copy forwarding to {@code receivers}. */
    public Arguments withForwardTo(List<MetricsReceiver> receivers) {
        return new Arguments(receivers, rules, maxCacheSize, cacheTtl);
    }

    @Override
    public void validate() throws ValueException {
        if (cacheTtl.isNegative()) {
            throw new ValueException("cache_ttl must not be negative");
        }
        if (!cacheTtl.isZero()) {
            if (maxCacheSize != 0) {
                throw new ValueException("only one of max_cache_size and cache_ttl can be set");
            }
            return;
        }
        if (maxCacheSize <= 0) {
            throw new ValueException("max_cache_size must be greater than 0 and is " + maxCacheSize);
        }
    }
}
