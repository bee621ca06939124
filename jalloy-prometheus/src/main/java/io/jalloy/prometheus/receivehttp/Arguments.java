package io.jalloy.prometheus.receivehttp;

import io.jalloy.prometheus.api.MetricsReceiver;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import java.util.List;

/**
 * The arguments of {@code prometheus.receive_http}.
 *
 * @param http where the server listens ({@link ServerOptions#ALLOY_DEFAULT} when the block is absent)
 * @param forwardTo receivers every request's samples are appended to
 */
public record Arguments(
        @Block(value = "http", optional = true) ServerOptions http,
        @Attr("forward_to") List<MetricsReceiver> forwardTo) {

    public Arguments {
        forwardTo = List.copyOf(forwardTo);
    }

    public static Arguments defaults() {
        return new Arguments(ServerOptions.ALLOY_DEFAULT, List.of());
    }
}
