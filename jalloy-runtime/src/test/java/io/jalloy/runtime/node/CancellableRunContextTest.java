package io.jalloy.runtime.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CancellableRunContextTest {

    @Test
    void waitingTimesOutUntilCancelledThenReturnsAtOnce() throws Exception {
        CancellableRunContext ctx = new CancellableRunContext();
        assertThat(ctx.awaitCancellation(Duration.ofMillis(10))).isFalse();
        ctx.cancel();
        assertThat(ctx.isCancelled()).isTrue();
        assertThat(ctx.awaitCancellation(Duration.ofHours(1))).isTrue();
    }

    @Test
    void cancelActionsRunOnceAndLateRegistrationsRunImmediately() {
        CancellableRunContext ctx = new CancellableRunContext();
        AtomicInteger runs = new AtomicInteger();
        ctx.onCancel(runs::incrementAndGet);
        ctx.cancel();
        ctx.cancel();
        assertThat(runs).hasValue(1);
        ctx.onCancel(runs::incrementAndGet);
        assertThat(runs).hasValue(2);
    }
}
