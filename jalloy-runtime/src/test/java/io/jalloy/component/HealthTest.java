package io.jalloy.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HealthTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = T0.plusSeconds(1);

    @Test
    void exitedOutranksUnhealthyWhichOutranksUnknownWhichOutranksHealthy() {
        Health healthy = new Health(HealthState.HEALTHY, "a", T1);
        Health unknown = new Health(HealthState.UNKNOWN, "b", T0);
        Health unhealthy = new Health(HealthState.UNHEALTHY, "c", T0);
        Health exited = new Health(HealthState.EXITED, "d", T0);
        assertThat(Health.leastHealthy(healthy, unknown)).isEqualTo(unknown);
        assertThat(Health.leastHealthy(unknown, unhealthy, healthy)).isEqualTo(unhealthy);
        assertThat(Health.leastHealthy(healthy, exited, unhealthy)).isEqualTo(exited);
    }

    @Test
    void amongEqualStatesTheMostRecentWinsAndTiesKeepTheEarliestArgument() {
        Health older = new Health(HealthState.UNHEALTHY, "older", T0);
        Health newer = new Health(HealthState.UNHEALTHY, "newer", T1);
        Health twin = new Health(HealthState.UNHEALTHY, "twin", T0);
        assertThat(Health.leastHealthy(older, newer)).isEqualTo(newer);
        assertThat(Health.leastHealthy(older, twin)).isEqualTo(older);
    }

    @Test
    void statesUseAlloysNames() {
        assertThat(HealthState.HEALTHY.text()).isEqualTo("healthy");
        assertThat(HealthState.UNHEALTHY.text()).isEqualTo("unhealthy");
        assertThat(HealthState.UNKNOWN.text()).isEqualTo("unknown");
        assertThat(HealthState.EXITED.text()).isEqualTo("exited");
        assertThat(HealthState.parse("exited")).isEqualTo(HealthState.EXITED);
        assertThatThrownBy(() -> HealthState.parse("sick")).hasMessage("invalid health type \"sick\"");
    }
}
