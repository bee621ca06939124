package io.jalloy.loki.write;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ValueException;
import java.time.Duration;

/** The {@code wal} block of {@code loki.write}: whether entries are made durable before acceptance. */
public record WalOptions(
        @Attr(value = "enabled", optional = true) boolean enabled,
        @Attr(value = "max_segment_age", optional = true) Duration maxSegmentAge,
        @Attr(value = "min_read_frequency", optional = true) Duration minReadFrequency,
        @Attr(value = "max_read_frequency", optional = true) Duration maxReadFrequency,
        @Attr(value = "drain_timeout", optional = true) Duration drainTimeout)
        implements Validating {

    /** Alloy's defaults: disabled, 1h segments, reads every 250ms to 1s, 30s to drain. */
    public static WalOptions defaults() {
        return new WalOptions(false, Duration.ofHours(1), Duration.ofMillis(250), Duration.ofSeconds(1),
                Duration.ofSeconds(30));
    }

    @Override
    public void validate() throws ValueException {
        if (minReadFrequency.compareTo(maxReadFrequency) > 0) {
            throw new ValueException("min_read_frequency must be less or equal than max_read_frequency");
        }
    }
}
