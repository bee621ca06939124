package io.jalloy.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapGovernorTest {

    @Test
    void smallLiveSetsAreNotCollectedBelowTheFloor() {
        assertThat(HeapGovernor.nextThreshold(0)).isEqualTo(HeapGovernor.FLOOR);
        assertThat(HeapGovernor.nextThreshold(10L << 20)).isEqualTo(HeapGovernor.FLOOR);
    }

    @Test
    void largeLiveSetsMayGrowByAQuarterBeforeTheNextFullCollection() {
        assertThat(HeapGovernor.nextThreshold(200L << 20)).isEqualTo(250L << 20);
    }

    @Test
    void installingUnderAnyCollectorDoesNotThrow() {
        HeapGovernor.install();
    }
}
