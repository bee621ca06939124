package io.jalloy.prometheus.remotewrite;

import io.jalloy.syntax.decode.Attr;
import java.time.Duration;

/** The {@code metadata_config} block of an endpoint: whether and how often metric metadata is sent. */
public record MetadataOptions(
        @Attr(value = "send", optional = true) boolean send,
        @Attr(value = "send_interval", optional = true) Duration sendInterval,
        @Attr(value = "max_samples_per_send", optional = true) int maxSamplesPerSend) {

    public static MetadataOptions defaults() {
        return new MetadataOptions(true, Duration.ofMinutes(1), 2000);
    }
}
