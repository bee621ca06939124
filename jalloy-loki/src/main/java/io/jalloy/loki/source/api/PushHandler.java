package io.jalloy.loki.source.api;

import io.jalloy.common.compress.SnappyBlock;
import io.jalloy.common.labels.Labels;
import io.jalloy.common.relabel.RelabelRules;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.api.LogsReceiver;
import io.jalloy.loki.internal.PushDecoder;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves {@code loki.source.api}'s routes: {@code /loki/api/v1/push} and {@code /api/v1/push}
 * (protobuf+snappy, or JSON; gzip bodies accepted), {@code /loki/api/v1/raw} and {@code
 * /api/v1/raw} (one entry per line), and {@code /ready}. Answers 204 once every receiver took the
 * entries, 400 for a malformed body, 413 past {@code max_send_message_size}, 500 when forwarding
 * fails.
 *
 * <p>Threads: Jetty's (virtual) request threads, concurrently; the settings are swapped whole.
 */
final class PushHandler extends Handler.Abstract {
    private static final String TENANT_LABEL = "__tenant_id__";

    /** A request's answer: its status and, for failures, a one-line reason. */
    private record Outcome(int status, String message) {
        static final Outcome ACCEPTED = new Outcome(204, "");
        static final Outcome READY = new Outcome(200, "ready");
        static final Outcome NOT_FOUND = new Outcome(404, "404 page not found");
    }

    /** What a request is handled with; replaced when the arguments change. */
    record Settings(List<LogsReceiver> forwardTo, Labels labels, RelabelRules rules, boolean useIncomingTimestamp,
            long maxBytes) {}

    private final Clock clock;
    private final System.Logger logger;
    private final Counter entriesWritten;
    private final Histogram requestDuration;
    private final AtomicInteger inflight = new AtomicInteger();
    private volatile Settings settings;

    PushHandler(Settings settings, Clock clock, System.Logger logger, Counter entriesWritten,
            Histogram requestDuration) {
        this.settings = settings;
        this.clock = clock;
        this.logger = logger;
        this.entriesWritten = entriesWritten;
        this.requestDuration = requestDuration;
    }

    void update(Settings next) {
        settings = next;
    }

    /** Waits until no request is being handled, or {@code timeout} passes. */
    void awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inflight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        inflight.incrementAndGet();
        try {
            return serve(request, response, callback);
        } finally {
            inflight.decrementAndGet();
        }
    }

    private boolean serve(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        String path = request.getHttpURI().getPath();
        Outcome outcome = switch (path) {
            case "/loki/api/v1/push", "/api/v1/push" -> push(request, false);
            case "/loki/api/v1/raw", "/api/v1/raw" -> push(request, true);
            case "/ready" -> Outcome.READY;
            default -> Outcome.NOT_FOUND;
        };
        requestDuration.labelValues(path, String.valueOf(outcome.status())).observe((System.nanoTime() - start) / 1e9);
        response.setStatus(outcome.status());
        if (outcome.message().isEmpty()) {
            callback.succeeded();
        } else {
            Content.Sink.write(response, true, outcome.message() + "\n", callback);
        }
        return true;
    }

    private Outcome push(Request request, boolean raw) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            return new Outcome(405, "method not allowed");
        }
        Settings s = settings;
        byte[] body;
        try {
            body = readBody(request, s.maxBytes());
        } catch (TooLarge e) {
            return new Outcome(413, e.getMessage());
        }
        List<LogEntry> decoded;
        try {
            decoded = raw ? rawLines(body) : decode(request, body);
        } catch (RuntimeException | IOException e) {
            return new Outcome(400, e.getMessage() == null ? e.toString() : e.getMessage());
        }
        String tenant = request.getHeaders().get("X-Scope-OrgID");
        List<LogEntry> out = prepare(decoded, s, raw, tenant);
        if (out.isEmpty()) {
            return Outcome.ACCEPTED;
        }
        try {
            for (LogsReceiver r : s.forwardTo()) {
                r.send(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(503, "shutting down");
        } catch (RuntimeException e) {
            logger.log(System.Logger.Level.ERROR, "failed to forward pushed entries", e);
            return new Outcome(500, e.toString());
        }
        entriesWritten.inc(out.size());
        return Outcome.ACCEPTED;
    }

    private List<LogEntry> decode(Request request, byte[] body) throws IOException {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type != null && type.startsWith("application/json")) {
            return JsonPush.parse(body);
        }
        if (body.length > 0 && SnappyBlock.uncompressedLength(body, 0, body.length) > maxBytesNow()) {
            throw new IllegalArgumentException("decompressed request larger than max_send_message_size");
        }
        byte[] proto = SnappyBlock.decompress(body, 0, body.length);
        return PushDecoder.decode(proto, proto.length);
    }

    private long maxBytesNow() {
        return settings.maxBytes();
    }

    private List<LogEntry> rawLines(byte[] body) {
        List<LogEntry> out = new ArrayList<>();
        String text = new String(body, StandardCharsets.UTF_8);
        int from = 0;
        while (from < text.length()) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(from, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (!line.isEmpty()) {
                out.add(LogEntry.of(Labels.EMPTY, 0, line));
            }
            from = end + 1;
        }
        return out;
    }

    /** Adds the configured labels, relabels, drops internal labels, sets the tenant and the time. */
    private List<LogEntry> prepare(List<LogEntry> in, Settings s, boolean raw, String tenant) {
        java.time.Instant instant = clock.instant();
        long now = instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
        Map<Labels, Labels> seen = new HashMap<>();
        Labels.Builder b = new Labels.Builder();
        List<LogEntry> out = new ArrayList<>(in.size());
        for (LogEntry e : in) {
            Labels labels = seen.get(e.labels());
            if (labels == null) {
                labels = finalLabels(e.labels(), s, tenant, b);
                seen.put(e.labels(), labels);
            }
            if (labels.isEmpty()) {
                continue;
            }
            long ts = s.useIncomingTimestamp() && !raw ? e.timestampNanos() : now;
            out.add(new LogEntry(labels, ts, e.line(), e.structuredMetadata()));
        }
        return out;
    }

    private static Labels finalLabels(Labels in, Settings s, String tenant, Labels.Builder b) {
        b.reset(in);
        for (int i = 0; i < s.labels().size(); i++) {
            b.set(s.labels().name(i), s.labels().value(i));
        }
        Labels labels = b.build();
        if (!s.rules().isEmpty()) {
            labels = s.rules().process(labels);
            if (labels == null) {
                return Labels.EMPTY;
            }
        }
        b.reset(labels);
        for (int i = 0; i < labels.size(); i++) {
            if (labels.name(i).startsWith("__")) {
                b.del(labels.name(i));
            }
        }
        if (tenant != null && !tenant.isEmpty()) {
            b.set(TENANT_LABEL, tenant);
        }
        return b.build();
    }

    private static byte[] readBody(Request request, long max) throws IOException, TooLarge {
        InputStream in = Content.Source.asInputStream(request);
        String encoding = request.getHeaders().get(HttpHeader.CONTENT_ENCODING);
        if (encoding != null && encoding.equalsIgnoreCase("gzip")) {
            in = new GZIPInputStream(in);
        }
        try (InputStream body = in) {
            byte[] data = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (data.length > max) {
                throw new TooLarge("request body too large: more than " + max + " bytes");
            }
            return data;
        }
    }

    private static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }
}
