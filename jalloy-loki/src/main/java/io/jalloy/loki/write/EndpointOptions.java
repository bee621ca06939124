package io.jalloy.loki.write;

import io.jalloy.common.http.HttpClientConfig;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Squash;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ByteSize;
import io.jalloy.syntax.value.ValueException;
import java.time.Duration;
import java.util.Map;

/**
 * One {@code endpoint} block of {@code loki.write}: where to push, how to batch and retry, and the
 * HTTP client settings (authentication, TLS, proxy) that sit directly in the block.
 */
public record EndpointOptions(
        @Attr("url") String url,
        @Attr(value = "name", optional = true) String name,
        @Attr(value = "headers", optional = true) Map<String, String> headers,
        @Attr(value = "tenant_id", optional = true) String tenantId,
        @Attr(value = "batch_wait", optional = true) Duration batchWait,
        @Attr(value = "batch_size", optional = true) ByteSize batchSize,
        @Attr(value = "remote_timeout", optional = true) Duration remoteTimeout,
        @Attr(value = "min_backoff_period", optional = true) Duration minBackoff,
        @Attr(value = "max_backoff_period", optional = true) Duration maxBackoff,
        @Attr(value = "max_backoff_retries", optional = true) int maxBackoffRetries,
        @Attr(value = "retry_on_http_429", optional = true) boolean retryOnHttp429,
        @Block(value = "queue_config", optional = true) QueueOptions queue,
        @Squash HttpClientConfig client)
        implements Validating {

    public EndpointOptions {
        headers = Map.copyOf(headers);
    }

    /** Alloy's defaults, the decoder's starting point. */
    public static EndpointOptions defaults() {
        return new EndpointOptions("", "", Map.of(), "", Duration.ofSeconds(1), new ByteSize(1024 * 1024),
                Duration.ofSeconds(10), Duration.ofMillis(500), Duration.ofMinutes(5), 10, true,
                QueueOptions.defaults(), HttpClientConfig.DEFAULT);
    }

    /** An endpoint for {@code url} with every other setting at its default. */
    public static EndpointOptions of(String url) {
        EndpointOptions d = defaults();
        return new EndpointOptions(url, d.name, d.headers, d.tenantId, d.batchWait, d.batchSize, d.remoteTimeout,
                d.minBackoff, d.maxBackoff, d.maxBackoffRetries, d.retryOnHttp429, d.queue, d.client);
    }

    @Override
    public void validate() throws ValueException {
        // The url is not checked here: Alloy accepts any string Go's url.Parse takes (even
        // "<LOKI_URL>"); an unusable one fails when the endpoint is built.
        if (batchSize.bytes() <= 0) {
            throw new ValueException("batch_size must be greater than 0");
        }
        if (batchWait.isNegative() || batchWait.isZero()) {
            throw new ValueException("batch_wait must be greater than 0");
        }
        client.validate();
    }
}
