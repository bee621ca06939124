package io.jalloy.prometheus.discovery.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jalloy.common.discovery.Target;
import io.jalloy.common.http.client.ConfiguredHttpClient;
import io.jalloy.common.http.client.StatusTexts;
import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ExportSink;
import io.jalloy.component.RunContext;
import io.jalloy.prometheus.discovery.DiscoveryExports;
import io.jalloy.prometheus.discovery.TargetGroups;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The running {@code discovery.http}: fetches Prometheus http_sd target groups every
 * {@code refresh_interval} and publishes them with {@code __meta_url}. A failed fetch keeps the
 * previous targets. {@link #run} fetches; {@link #update} swaps the arguments and wakes it.
 */
final class HttpDiscovery implements Component<Arguments> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final System.Logger logger;
    private final ExportSink<DiscoveryExports> exports;
    private volatile Arguments args;
    private volatile boolean changed = true;

    HttpDiscovery(ComponentOptions options, Arguments args, ExportSink<DiscoveryExports> exports) {
        this.logger = options.logger();
        this.exports = exports;
        this.args = args;
        exports.publish(new DiscoveryExports(List.of()));
    }

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        ConfiguredHttpClient client = null;
        Arguments current = null;
        try {
            while (!ctx.isCancelled()) {
                Arguments a = args;
                if (a != current) {
                    if (client != null) {
                        client.close();
                    }
                    client = ConfiguredHttpClient.build(a.client(), System.getenv());
                    current = a;
                }
                changed = false;
                try {
                    exports.publish(new DiscoveryExports(fetch(client, a)));
                } catch (IOException e) {
                    logger.log(System.Logger.Level.ERROR, "Unable to refresh target groups: " + e.getMessage());
                }
                long waited = 0;
                while (!changed && waited < a.refreshInterval().toMillis()) {
                    if (ctx.awaitCancellation(Duration.ofMillis(Math.min(100, a.refreshInterval().toMillis() - waited)))) {
                        return;
                    }
                    waited += 100;
                }
            }
        } finally {
            if (client != null) {
                client.close();
            }
        }
    }

    @Override
    public void update(Arguments next) {
        args = next;
        changed = true;
    }

    static List<Target> fetch(ConfiguredHttpClient client, Arguments a) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(a.url())).GET().timeout(Duration.ofSeconds(30))
                .header("X-Prometheus-Refresh-Interval-Seconds",
                        Long.toString(a.refreshInterval().toSeconds()));
        HttpResponse<byte[]> r = client.client().send(client.authorize(b).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException("server returned HTTP status " + StatusTexts.status(r.statusCode()));
        }
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (!jsonContentType(type)) {
            throw new IOException("unsupported content type \"" + type + "\"");
        }
        try {
            return TargetGroups.targets(JSON.readValue(r.body(), Object.class), "__meta_url", a.url());
        } catch (TargetGroups.InvalidGroupsException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Prometheus accepts {@code application/json} with an optional {@code charset=utf-8}. */
    private static boolean jsonContentType(String t) {
        String s = t.trim();
        if (!s.startsWith("application/json")) {
            return false;
        }
        String rest = s.substring("application/json".length());
        if (rest.startsWith(";")) {
            rest = rest.substring(1);
        }
        rest = rest.strip();
        return rest.isEmpty() || rest.equals("charset=utf-8");
    }
}
