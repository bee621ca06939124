package io.jalloy.loki.write;

import java.time.Duration;

/** Waits between retries; tests substitute one that only records the waits. */
@FunctionalInterface
interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d);

    void sleep(Duration d) throws InterruptedException;
}
