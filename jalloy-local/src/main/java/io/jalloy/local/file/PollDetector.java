package io.jalloy.local.file;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The {@code poll} detector: asks for a re-read every poll period, whether or not the file's
 * metadata changed (some writers keep size and time).
 */
final class PollDetector implements ChangeDetector {
    private final CountDownLatch stopped = new CountDownLatch(1);

    PollDetector(Duration frequency, Runnable reload) {
        Thread.ofVirtual().name("local.file-poll").start(() -> {
            try {
                while (!stopped.await(frequency.toNanos(), TimeUnit.NANOSECONDS)) {
                    reload.run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public void close() {
        stopped.countDown();
    }
}
