package io.jalloy.prometheus.receivehttp;

import java.time.Duration;

/** Test arguments for receive_http. */
final class ReceiveHttpTesting {
    private ReceiveHttpTesting() {}

    /**
     * The same arguments with a one-second graceful shutdown: the JDK server may wait out the whole
     * timeout (30 s by default) while a peer such as Prometheus still holds a connection, longer
     * than the test harness allows a component to stop.
     */
    static Arguments quickStop(Arguments a) {
        return new Arguments(a.http(), a.grpc(), Duration.ofSeconds(1), a.forwardTo());
    }
}
