package io.jalloy.prometheus.remotewrite;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ValueException;
import java.time.Duration;

/** The {@code queue_config} block of an endpoint: shards, batching and retry backoff. */
public record QueueOptions(
        @Attr(value = "capacity", optional = true) int capacity,
        @Attr(value = "max_shards", optional = true) int maxShards,
        @Attr(value = "min_shards", optional = true) int minShards,
        @Attr(value = "max_samples_per_send", optional = true) int maxSamplesPerSend,
        @Attr(value = "batch_send_deadline", optional = true) Duration batchSendDeadline,
        @Attr(value = "min_backoff", optional = true) Duration minBackoff,
        @Attr(value = "max_backoff", optional = true) Duration maxBackoff,
        @Attr(value = "retry_on_http_429", optional = true) boolean retryOnHttp429,
        @Attr(value = "sample_age_limit", optional = true) Duration sampleAgeLimit,
        @Attr(value = "block_on_overflow", optional = true) boolean blockOnOverflow)
        implements Validating {

    public static QueueOptions defaults() {
        return new QueueOptions(10_000, 50, 1, 2000, Duration.ofSeconds(5), Duration.ofMillis(30),
                Duration.ofSeconds(5), true, Duration.ZERO, false);
    }

    @Override
    public void validate() throws ValueException {
        if (maxShards < 1 || minShards < 1 || minShards > maxShards) {
            throw new ValueException("min_shards must be between 1 and max_shards");
        }
        if (maxSamplesPerSend < 1 || capacity < 1) {
            throw new ValueException("capacity and max_samples_per_send must be greater than 0");
        }
    }
}
