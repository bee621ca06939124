package io.jalloy.prometheus.remotewrite;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ValueException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of {@code prometheus.remote_write}.
 *
 * @param externalLabels labels added to every series sent (a series' own label wins)
 * @param endpoints where to send; each endpoint reads the WAL independently
 * @param wal how long series are kept in the WAL
 */
public record Arguments(
        @Attr(value = "external_labels", optional = true) Map<String, String> externalLabels,
        @Block(value = "endpoint", optional = true) List<EndpointOptions> endpoints,
        @Block(value = "wal", optional = true) WalOptions wal)
        implements Validating {

    public Arguments {
        externalLabels = Map.copyOf(externalLabels);
        endpoints = List.copyOf(endpoints);
    }

    /** Alloy's defaults, the decoder's starting point. */
    public static Arguments defaults() {
        return new Arguments(Map.of(), List.of(), WalOptions.defaults());
    }

    @Override
    public void validate() throws ValueException {
        Set<String> names = new HashSet<>();
        for (EndpointOptions e : endpoints) {
            e.validate();
            if (!e.name().isEmpty() && !names.add(e.name())) {
                throw new ValueException("found duplicate endpoint name " + e.name());
            }
        }
        wal.validate();
    }
}
