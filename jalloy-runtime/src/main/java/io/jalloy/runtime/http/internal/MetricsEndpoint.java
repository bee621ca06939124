package io.jalloy.runtime.http.internal;

import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code /metrics}: the registry in the text format the scraper asks for (Prometheus text by default). */
final class MetricsEndpoint {

    private final PrometheusRegistry registry;
    // The exposition writers (and their configuration classes) load on the first scrape.
    private static final class Formats {
        static final ExpositionFormats INSTANCE = ExpositionFormats.init();
    }

    MetricsEndpoint(PrometheusRegistry registry) {
        this.registry = registry;
    }

    void serve(Request request, Response response, Callback callback) throws IOException {
        ExpositionFormats formats = Formats.INSTANCE;
        ExpositionFormatWriter writer = formats.findWriter(request.getHeaders().get(HttpHeader.ACCEPT));
        if (!writer.isAvailable()) {
            writer = formats.getPrometheusTextFormatWriter();
        }
        MetricSnapshots snapshots = registry.scrape();
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        writer.write(out, snapshots);
        Replies.send(response, callback, 200, writer.getContentType(), out.toByteArray());
    }
}
