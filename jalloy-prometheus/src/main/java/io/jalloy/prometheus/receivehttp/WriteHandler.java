package io.jalloy.prometheus.receivehttp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.jalloy.common.labels.LabelInterner;
import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;
import io.jalloy.prometheus.api.ExemplarSample;
import io.jalloy.prometheus.api.MetricMetadata;
import io.jalloy.prometheus.api.MetricsReceiver;
import io.jalloy.prometheus.internal.remotewrite.DecodedWriteRequest;
import io.jalloy.common.compress.SnappyBlock;
import io.jalloy.prometheus.internal.remotewrite.WriteRequestDecoder;
import io.prometheus.metrics.core.metrics.Counter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Serves {@code POST /api/v1/metrics/write}: decodes a Remote Write 1.0 request and appends it to
 * every receiver, one commit per receiver per request. 204 on success, 400 for a body that does
 * not decode, 500 when a receiver fails. It counts the requests it is serving so a stop can wait for
 * exactly those ({@link #drain}), as Alloy's server shutdown does. Threads: one request per server
 * thread; {@link #drain} and {@link #open} on the component's thread.
 */
final class WriteHandler implements HttpHandler {
    static final String PATH = "/api/v1/metrics/write";

    private final System.Logger logger;
    private final Counter forwarded;
    private volatile List<MetricsReceiver> receivers;
    private final Object serving = new Object();
    private int inFlight; // guarded by serving
    private boolean draining; // guarded by serving

    WriteHandler(List<MetricsReceiver> receivers, System.Logger logger, Counter forwarded) {
        this.receivers = receivers;
        this.logger = logger;
        this.forwarded = forwarded;
    }

    void update(List<MetricsReceiver> next) {
        receivers = next;
    }

    /** Accepts requests again (after {@link #drain}, when the server restarts on a new listener). */
    void open() {
        synchronized (serving) {
            draining = false;
        }
    }

    /**
     * Refuses requests from now on (503, closing the connection) and waits up to {@code timeout} for
     * those being served; returns whether they all finished. Interrupted, it stops waiting.
     */
    boolean drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (serving) {
            draining = true;
            try {
                for (long left = timeout.toNanos(); inFlight > 0 && left > 0; left = deadline - System.nanoTime()) {
                    TimeUnit.NANOSECONDS.timedWait(serving, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return inFlight == 0;
        }
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        boolean refuse;
        synchronized (serving) {
            refuse = draining;
            if (!refuse) {
                inFlight++;
            }
        }
        if (refuse) {
            try (ex) {
                ex.getResponseHeaders().set("Connection", "close");
                reply(ex, 503, "server shutting down");
            }
            return;
        }
        try {
            serve(ex);
        } finally {
            synchronized (serving) {
                if (--inFlight == 0) {
                    serving.notifyAll();
                }
            }
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"POST".equals(ex.getRequestMethod())) {
                reply(ex, 405, "method not allowed");
                return;
            }
            byte[] raw;
            try (InputStream in = ex.getRequestBody()) {
                raw = in.readAllBytes();
            }
            DecodedWriteRequest req;
            try {
                String enc = ex.getRequestHeaders().getFirst("Content-Encoding");
                byte[] body = enc == null || enc.equalsIgnoreCase("snappy")
                        ? SnappyBlock.decompress(raw, 0, raw.length) : raw;
                req = WriteRequestDecoder.decode(body);
            } catch (IOException | IllegalArgumentException e) {
                reply(ex, 400, e.getMessage() == null ? "bad request" : e.getMessage());
                return;
            }
            for (MetricsReceiver r : receivers) {
                try {
                    append(r.appender(), req);
                } catch (RuntimeException e) {
                    logger.log(System.Logger.Level.WARNING, "failed to forward a remote write request: " + e);
                    reply(ex, 500, String.valueOf(e.getMessage()));
                    return;
                }
            }
            ex.sendResponseHeaders(204, -1);
        }
    }

    private void append(Appender app, DecodedWriteRequest req) {
        long samples = 0;
        try {
            for (DecodedWriteRequest.Series s : req.series()) {
                Labels labels = intern(s.labels());
                long ref = Appender.NO_REF;
                for (int i = 0; i < s.timestamps().length; i++) {
                    ref = app.append(ref, labels, s.timestamps()[i], s.values()[i]);
                }
                for (DecodedWriteRequest.TimedHistogram h : s.histograms()) {
                    ref = app.appendHistogram(ref, labels, h.timestampMs(), h.histogram());
                }
                for (ExemplarSample e : s.exemplars()) {
                    ref = app.appendExemplar(ref, labels, e);
                }
                samples += s.timestamps().length + s.histograms().size();
            }
            for (DecodedWriteRequest.Metadata m : req.metadata()) {
                app.updateMetadata(Appender.NO_REF, Labels.of("__name__", m.family()),
                        new MetricMetadata(m.type(), m.help(), m.unit()));
            }
            app.commit();
        } catch (RuntimeException e) {
            app.rollback();
            throw e;
        }
        forwarded.inc(samples);
    }

    private static Labels intern(Labels l) {
        if (l.isEmpty()) {
            return l;
        }
        Labels.Builder b = new Labels.Builder();
        for (int i = 0; i < l.size(); i++) {
            b.set(LabelInterner.NAMES.intern(l.name(i)), l.value(i));
        }
        return b.build();
    }

    private static void reply(HttpExchange ex, int status, String text) throws IOException {
        byte[] b = (text + "\n").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
    }
}
