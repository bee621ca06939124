package io.jalloy.loki.write;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.value.ByteSize;
import java.time.Duration;

/**
 * The {@code queue_config} block of an endpoint: how much is buffered in memory and how long
 * shutting down may take to send it.
 */
public record QueueOptions(
        @Attr(value = "capacity", optional = true) ByteSize capacity,
        @Attr(value = "drain_timeout", optional = true) Duration drainTimeout,
        @Attr(value = "block_on_overflow", optional = true) boolean blockOnOverflow,
        @Attr(value = "min_shards", optional = true) int minShards) {

    /** Alloy's defaults. */
    public static QueueOptions defaults() {
        return new QueueOptions(new ByteSize(10L * 1024 * 1024), Duration.ofMinutes(1), true, 1);
    }
}
