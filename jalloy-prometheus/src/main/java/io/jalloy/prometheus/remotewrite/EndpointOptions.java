package io.jalloy.prometheus.remotewrite;

import io.jalloy.common.http.HttpClientConfig;
import io.jalloy.common.relabel.RelabelRule;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Squash;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ValueException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One {@code endpoint} block of {@code prometheus.remote_write}: the URL, what to send, queueing,
 * write relabelling, and the HTTP client settings that sit directly in the block.
 */
public record EndpointOptions(
        @Attr("url") String url,
        @Attr(value = "name", optional = true) String name,
        @Attr(value = "headers", optional = true) Map<String, String> headers,
        @Attr(value = "remote_timeout", optional = true) Duration remoteTimeout,
        @Attr(value = "send_exemplars", optional = true) boolean sendExemplars,
        @Attr(value = "send_native_histograms", optional = true) boolean sendNativeHistograms,
        @Attr(value = "protobuf_message", optional = true) String protobufMessage,
        @Block(value = "write_relabel_config", optional = true) List<RelabelRule> writeRelabel,
        @Block(value = "queue_config", optional = true) QueueOptions queue,
        @Block(value = "metadata_config", optional = true) MetadataOptions metadata,
        @Squash HttpClientConfig client)
        implements Validating {

    /** Remote Write 1.0's message, the default. */
    public static final String WRITE_REQUEST_V1 = "prometheus.WriteRequest";
    static final String WRITE_REQUEST_V2 = "io.prometheus.write.v2.Request";

    public EndpointOptions {
        headers = Map.copyOf(headers);
        writeRelabel = List.copyOf(writeRelabel);
    }

    public static EndpointOptions defaults() {
        return new EndpointOptions("", "", Map.of(), Duration.ofSeconds(30), true, false, WRITE_REQUEST_V1, List.of(),
                QueueOptions.defaults(), MetadataOptions.defaults(), HttpClientConfig.DEFAULT);
    }

    /** An endpoint for {@code url} with every other setting at its default. */
    public static EndpointOptions of(String url) {
        EndpointOptions d = defaults();
        return new EndpointOptions(url, d.name, d.headers, d.remoteTimeout, d.sendExemplars, d.sendNativeHistograms,
                d.protobufMessage, d.writeRelabel, d.queue, d.metadata, d.client);
    }

    @Override
    public void validate() throws ValueException {
        if (!protobufMessage.equals(WRITE_REQUEST_V1) && !protobufMessage.equals(WRITE_REQUEST_V2)) {
            throw new ValueException("unknown remote write protobuf message type: " + protobufMessage);
        }
        queue.validate();
        client.validate();
    }
}
