package io.jalloy.prometheus.exporter.self;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentRequest;
import io.jalloy.component.ComponentResponse;
import io.jalloy.component.ExportSink;
import io.jalloy.component.RunContext;
import io.jalloy.prometheus.exporter.ExporterTargets;
import io.jalloy.prometheus.exporter.Exports;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The running {@code prometheus.exporter.self}: exports a target at its own metrics path, where it
 * relays the process's {@code /metrics} (Jalloy's own telemetry), as Alloy's self exporter serves
 * Alloy's registry there. Requests run on HTTP threads.
 */
final class SelfExporter implements Component<Arguments> {
    private final ComponentOptions options;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SelfExporter(ComponentOptions options, ExportSink<Exports> exports) {
        this.options = options;
        options.http().register(this::handle);
        exports.publish(new Exports(List.of(ExporterTargets.of(options, "self"))));
    }

    private ComponentResponse handle(ComponentRequest request) throws Exception {
        if (!request.path().equals("/metrics")) {
            return ComponentResponse.text(404, "404 page not found\n");
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + options.http().serverAddress() + "/metrics"))
                .timeout(Duration.ofSeconds(30));
        String accept = request.header("Accept");
        if (accept != null) {
            b.header("Accept", accept);
        }
        HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new ComponentResponse(r.statusCode(), r.headers().firstValue("Content-Type").orElse("text/plain"), r.body());
    }

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        try {
            ctx.awaitCancellation();
        } finally {
            client.close();
        }
    }

    @Override
    public void update(Arguments args) {
        // nothing to configure
    }
}
