package io.jalloy.prometheus.receivehttp;

import io.jalloy.common.http.ServerOptions;
import io.jalloy.prometheus.api.MetricsReceiver;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ValueException;
import java.time.Duration;
import java.util.List;

/**
 * The arguments of {@code prometheus.receive_http}: Alloy's server settings (squashed into the
 * block) and {@code forward_to}.
 *
 * @param http where the server listens ({@link ServerOptions#ALLOY_DEFAULT} when the block is absent)
 * @param grpc accepted for compatibility; no gRPC server is started
 * @param gracefulShutdownTimeout how long in-flight requests may finish on stop
 * @param forwardTo receivers every request's samples are appended to
 */
public record Arguments(
        @Block(value = "http", optional = true) ServerOptions http,
        @Block(value = "grpc", optional = true) GrpcOptions grpc,
        @Attr(value = "graceful_shutdown_timeout", optional = true) Duration gracefulShutdownTimeout,
        @Attr("forward_to") List<MetricsReceiver> forwardTo)
        implements Validating {

    public Arguments {
        forwardTo = List.copyOf(forwardTo);
    }

    public static Arguments defaults() {
        return new Arguments(ServerOptions.ALLOY_DEFAULT, GrpcOptions.defaults(), Duration.ofSeconds(30), List.of());
    }

    /** Default arguments listening on {@code http} and forwarding to {@code receivers}. */
    public static Arguments of(ServerOptions http, List<MetricsReceiver> receivers) {
        Arguments d = defaults();
        return new Arguments(http, d.grpc, d.gracefulShutdownTimeout, receivers);
    }

    @Override
    public void validate() throws ValueException {
        if (gracefulShutdownTimeout.isNegative() || gracefulShutdownTimeout.isZero()) {
            throw new ValueException("graceful_shutdown_timeout must be greater than zero");
        }
    }
}
