package io.jalloy.loki.relabel;

import io.jalloy.common.relabel.RelabelCache;
import io.jalloy.common.relabel.RelabelRule;
import io.jalloy.loki.api.LogsReceiver;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ValueException;
import java.util.List;

/**
 * The arguments of {@code loki.relabel}.
 *
 * @param forwardTo where relabeled entries go
 * @param rules the {@code rule} blocks, applied in order
 * @param maxCacheSize how many label sets' outcomes to remember (default 10000)
 */
public record Arguments(
        @Attr("forward_to") List<LogsReceiver> forwardTo,
        @Block(value = "rule", optional = true) List<RelabelRule> rules,
        @Attr(value = "max_cache_size", optional = true) int maxCacheSize)
        implements Validating {

    public Arguments {
        forwardTo = List.copyOf(forwardTo);
        rules = List.copyOf(rules);
    }

    /** Alloy's defaults. */
    public static Arguments defaults() {
        return new Arguments(List.of(), List.of(), RelabelCache.DEFAULT_MAX_SIZE);
    }

    /** Alloy's cache refuses a size below one, with this message. */
    @Override
    public void validate() throws ValueException {
        if (maxCacheSize <= 0) {
            throw new ValueException("must provide a positive size");
        }
    }
}
