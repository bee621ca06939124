package io.jalloy.loki.source.api;

import io.jalloy.common.http.ServerOptions;
import io.jalloy.common.relabel.RelabelRules;
import io.jalloy.loki.api.LogsReceiver;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ByteSize;
import io.jalloy.syntax.value.ValueException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The arguments of {@code loki.source.api}.
 *
 * @param http the server's listener
 * @param grpc Alloy's gRPC listener settings: accepted for compatibility, no gRPC server is started
 * @param forwardTo where received entries go
 * @param labels labels added to every entry
 * @param relabelRules rules applied to each entry's labels
 * @param useIncomingTimestamp keep the pushed timestamps instead of the receive time
 * @param maxSendMessageSize the largest request body accepted (default 100MiB)
 * @param gracefulShutdownTimeout how long in-flight requests may finish on stop
 */
public record Arguments(
        @Block(value = "http", optional = true) ServerOptions http,
        @Block(value = "grpc", optional = true) GrpcOptions grpc,
        @Attr("forward_to") List<LogsReceiver> forwardTo,
        @Attr(value = "labels", optional = true) Map<String, String> labels,
        @Attr(value = "relabel_rules", optional = true) RelabelRules relabelRules,
        @Attr(value = "use_incoming_timestamp", optional = true) boolean useIncomingTimestamp,
        @Attr(value = "max_send_message_size", optional = true) ByteSize maxSendMessageSize,
        @Attr(value = "graceful_shutdown_timeout", optional = true) Duration gracefulShutdownTimeout)
        implements Validating {

    public Arguments {
        forwardTo = List.copyOf(forwardTo);
        labels = Map.copyOf(labels);
    }

    /** Alloy's defaults. */
    public static Arguments defaults() {
        return new Arguments(ServerOptions.ALLOY_DEFAULT, GrpcOptions.defaults(), List.of(), Map.of(), RelabelRules.EMPTY, false,
                new ByteSize(100L * 1024 * 1024), Duration.ofSeconds(30));
    }

    /** These arguments sending to {@code receivers} instead (for tests and embedding). */
    public Arguments withForwardTo(LogsReceiver... receivers) {
        return new Arguments(http, grpc, List.of(receivers), labels, relabelRules, useIncomingTimestamp, maxSendMessageSize,
                gracefulShutdownTimeout);
    }

    @Override
    public void validate() throws ValueException {
        if (gracefulShutdownTimeout.isNegative() || gracefulShutdownTimeout.isZero()) {
            throw new ValueException("graceful_shutdown_timeout must be greater than zero");
        }
    }
}
