package io.jalloy.prometheus.receivehttp;

import io.jalloy.syntax.decode.Attr;
import java.time.Duration;

/**
 * The {@code grpc} block Alloy's server settings allow beside {@code http}. Jalloy decodes it so
 * configurations keep working, but serves Remote Write over HTTP only.
 */
public record GrpcOptions(
        @Attr(value = "listen_address", optional = true) String listenAddress,
        @Attr(value = "listen_port", optional = true) int listenPort,
        @Attr(value = "conn_limit", optional = true) int connLimit,
        @Attr(value = "max_connection_age", optional = true) Duration maxConnectionAge,
        @Attr(value = "max_connection_age_grace", optional = true) Duration maxConnectionAgeGrace,
        @Attr(value = "max_connection_idle", optional = true) Duration maxConnectionIdle,
        @Attr(value = "server_max_recv_msg_size", optional = true) int serverMaxRecvMsgSize,
        @Attr(value = "server_max_send_msg_size", optional = true) int serverMaxSendMsgSize,
        @Attr(value = "server_max_concurrent_streams", optional = true) int serverMaxConcurrentStreams) {

    /** Zero values, the decoder's starting point. */
    public static GrpcOptions defaults() {
        return new GrpcOptions("", 0, 0, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0, 0, 0);
    }
}
