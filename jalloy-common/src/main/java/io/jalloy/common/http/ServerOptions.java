package io.jalloy.common.http;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ValueException;
import java.time.Duration;

/**
 * The {@code http} block of Alloy's network receivers ({@code loki.source.api},
 * {@code prometheus.receive_http}): where the server listens and its timeouts. As
 * in Alloy, an absent block means {@link #ALLOY_DEFAULT} (all interfaces, port 8080), while a
 * present block starts from zero values: an omitted port is 0 (any free port), an omitted timeout
 * is none, an empty address is every interface.
 */
public record ServerOptions(
        @Attr(value = "listen_address", optional = true) String listenAddress,
        @Attr(value = "listen_port", optional = true) int listenPort,
        @Attr(value = "conn_limit", optional = true) int connLimit,
        @Attr(value = "server_read_timeout", optional = true) Duration readTimeout,
        @Attr(value = "server_write_timeout", optional = true) Duration writeTimeout,
        @Attr(value = "server_idle_timeout", optional = true) Duration idleTimeout)
        implements Validating {

    /** What Alloy uses when the block is absent. */
    public static final ServerOptions ALLOY_DEFAULT = new ServerOptions("", 8080, 0, Duration.ofSeconds(30),
            Duration.ofSeconds(30), Duration.ofSeconds(120));

    /** The decoder's starting point for a present block: zero values, as Go's. */
    public static ServerOptions defaults() {
        return new ServerOptions("", 0, 0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    @Override
    public void validate() throws ValueException {
        if (listenPort < 0 || listenPort > 65535) {
            throw new ValueException("listen_port must be between 0 and 65535");
        }
    }
}
