package io.jalloy.prometheus.remotewrite;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ValueException;
import java.time.Duration;

/**
 * The {@code wal} block: how often the WAL is truncated and how long idle series are kept
 * ({@code min_keepalive_time} past the oldest unsent sample, at most {@code max_keepalive_time}).
 */
public record WalOptions(
        @Attr(value = "truncate_frequency", optional = true) Duration truncateFrequency,
        @Attr(value = "min_keepalive_time", optional = true) Duration minKeepaliveTime,
        @Attr(value = "max_keepalive_time", optional = true) Duration maxKeepaliveTime)
        implements Validating {

    public static WalOptions defaults() {
        return new WalOptions(Duration.ofHours(2), Duration.ofMinutes(5), Duration.ofHours(8));
    }

    @Override
    public void validate() throws ValueException {
        if (truncateFrequency.isNegative() || truncateFrequency.isZero()) {
            throw new ValueException("truncate_frequency must be greater than 0s");
        }
        if (maxKeepaliveTime.compareTo(minKeepaliveTime) < 0) {
            throw new ValueException("min_keepalive_time must be smaller than max_keepalive_time");
        }
    }
}
