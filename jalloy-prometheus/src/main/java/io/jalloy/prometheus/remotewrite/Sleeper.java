package io.jalloy.prometheus.remotewrite;

import java.time.Duration;

/** Waits between retries; tests substitute one that records and returns at once. */
interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration d) throws InterruptedException;
}
