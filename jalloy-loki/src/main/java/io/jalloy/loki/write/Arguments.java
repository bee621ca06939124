package io.jalloy.loki.write;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ValueException;
import java.util.List;
import java.util.Map;

/**
 * The arguments of {@code loki.write}.
 *
 * @param endpoints where to send; every endpoint gets every entry
 * @param externalLabels labels added to every entry (an entry's own label wins)
 * @param maxStreams the most streams a batch may hold, 0 for no limit
 * @param wal the write-ahead log settings
 */
public record Arguments(
        @Block(value = "endpoint", optional = true) List<EndpointOptions> endpoints,
        @Attr(value = "external_labels", optional = true) Map<String, String> externalLabels,
        @Attr(value = "max_streams", optional = true) int maxStreams,
        @Block(value = "wal", optional = true) WalOptions wal)
        implements Validating {

    public Arguments {
        endpoints = List.copyOf(endpoints);
        externalLabels = Map.copyOf(externalLabels);
    }

    /** Alloy's defaults, the decoder's starting point. */
    public static Arguments defaults() {
        return new Arguments(List.of(), Map.of(), 0, WalOptions.defaults());
    }

    @Override
    public void validate() throws ValueException {
        if (maxStreams < 0) {
            throw new ValueException("max_streams must not be negative");
        }
        for (EndpointOptions e : endpoints) {
            e.validate();
        }
        wal.validate();
    }
}
