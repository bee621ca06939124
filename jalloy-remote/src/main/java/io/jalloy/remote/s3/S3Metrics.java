package io.jalloy.remote.s3;

import io.jalloy.remote.internal.ContentFetcher;
import io.jalloy.remote.internal.FetchException;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;

/** Alloy's two {@code remote.s3} series: download errors and the time of the last good download. */
final class S3Metrics {
    private final Counter errors;
    private final Gauge lastAccessed;
    private final Clock clock;

    S3Metrics(PrometheusRegistry registry, Clock clock) {
        this.errors = Counter.builder()
                .name("remote_s3_errors_total")
                .help("The number of errors while accessing s3")
                .register(registry);
        this.lastAccessed = Gauge.builder()
                .name("remote_s3_timestamp_last_accessed_unix_seconds")
                .help("The last successful access in unix seconds")
                .register(registry);
        this.clock = clock;
    }

    /** {@code fetcher}, counting its failures and timing its successes. */
    ContentFetcher instrument(ContentFetcher fetcher) {
        return () -> {
            try {
                String content = fetcher.fetch();
                lastAccessed.set(clock.millis() / 1000.0);
                return content;
            } catch (FetchException e) {
                errors.inc();
                throw e;
            }
        };
    }
}
