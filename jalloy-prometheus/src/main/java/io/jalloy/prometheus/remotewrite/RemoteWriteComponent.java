package io.jalloy.prometheus.remotewrite;

import io.jalloy.common.labels.Labels;
import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ExportSink;
import io.jalloy.component.RunContext;
import io.jalloy.prometheus.api.Appender;
import io.jalloy.prometheus.api.MetricsReceiver;
import io.jalloy.prometheus.internal.wal.Positions;
import io.jalloy.prometheus.internal.wal.Wal;
import io.jalloy.prometheus.internal.wal.WalAppender;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * The running {@code prometheus.remote_write}: its receiver appends to the WAL (under the
 * component's data path) and each endpoint sends from there. The WAL outlives argument updates;
 * endpoints are rebuilt, continuing from their saved positions.
 *
 * <p>Threads: appenders on callers' threads; {@link #update} on the evaluation thread;
 * {@link #run} truncates the WAL every {@code truncate_frequency}.
 */
final class RemoteWriteComponent implements Component<Arguments>, MetricsReceiver {
    private final ComponentOptions options;
    private final RemoteWriteMetrics metrics;
    private final Sleeper sleeper;
    private final Wal wal;
    private final Positions positions;
    private final LongConsumer highestTimestamp;
    private final AtomicLong highest = new AtomicLong(Long.MIN_VALUE);
    private List<Endpoint> endpoints = List.of(); // guarded by this
    private Arguments args; // guarded by this
    private boolean started; // guarded by this

    RemoteWriteComponent(ComponentOptions options, Arguments args, ExportSink<Exports> exports, Sleeper sleeper)
            throws IOException {
        for (EndpointOptions e : args.endpoints()) {
            if (e.protobufMessage().equals(EndpointOptions.WRITE_REQUEST_V2)) {
                throw new IllegalArgumentException("remote write 2.0 (" + e.protobufMessage()
                        + ") is not supported by Jalloy yet");
            }
        }
        this.options = options;
        this.metrics = new RemoteWriteMetrics(options.metrics());
        this.sleeper = sleeper;
        this.wal = Wal.open(options.dataPath().resolve("wal"), Wal.DEFAULT_SEGMENT_SIZE, options.logger());
        this.positions = new Positions(options.dataPath().resolve("wal").resolve("positions"));
        this.highestTimestamp = ts -> {
            if (highest.accumulateAndGet(ts, Math::max) == ts) {
                metrics.highestTimestamp.set(ts / 1000.0);
            }
        };
        this.args = args;
        this.endpoints = build(args);
        exports.publish(new Exports(this));
    }

    /** The endpoint's key in the positions file: its name, or a hash of its URL as Prometheus does. */
    static String endpointName(EndpointOptions e) {
        if (!e.name().isEmpty()) {
            return e.name();
        }
        return String.format("%06x", e.url().hashCode() & 0xFFFFFF);
    }

    private List<Endpoint> build(Arguments a) {
        Labels external = Labels.fromMap(a.externalLabels());
        List<Endpoint> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (EndpointOptions e : a.endpoints()) {
            String name = endpointName(e);
            int n = seen.merge(name, 1, Integer::sum);
            if (n > 1) {
                name = name + "-" + n;
            }
            EndpointState st = new EndpointState(name, e, new Sender(e), metrics, sleeper, options.logger());
            out.add(new Endpoint(st, wal, positions, external));
        }
        positions.retain(out.stream().map(Endpoint::name).toList());
        return out;
    }

    @Override
    public Appender appender() {
        return new WalAppender(wal, highestTimestamp);
    }

    @Override
    public void run(RunContext ctx) throws Exception {
        synchronized (this) {
            endpoints.forEach(Endpoint::start);
            started = true;
        }
        try {
            while (true) {
                Duration every;
                synchronized (this) {
                    every = args.wal().truncateFrequency();
                }
                if (ctx.awaitCancellation(every)) {
                    break;
                }
                truncate();
            }
        } finally {
            synchronized (this) {
                for (Endpoint e : endpoints) {
                    e.stop();
                }
                wal.close();
            }
        }
    }

    /** Drops segments every endpoint has sent past and series idle past the keepalive window. */
    synchronized void truncate() throws IOException {
        Positions.Position end = wal.end();
        long keepFrom = Long.MAX_VALUE;
        long lowestSent = Long.MAX_VALUE;
        for (Endpoint e : endpoints) {
            Positions.Position p = e.position();
            // An endpoint that has sent everything written so far needs no segment up to now.
            long needs = p == null ? 0 : p.equals(end) ? end.segment() + 1 : p.segment();
            keepFrom = Math.min(keepFrom, needs);
            long hs = e.state().highestSentTs();
            lowestSent = Math.min(lowestSent, hs == Long.MIN_VALUE ? 0 : hs);
        }
        long now = options.clock().millis();
        if (lowestSent == Long.MAX_VALUE) {
            lowestSent = now;
        }
        long cutoff = Math.max(lowestSent - args.wal().minKeepaliveTime().toMillis(),
                now - args.wal().maxKeepaliveTime().toMillis());
        wal.truncateBefore(keepFrom == Long.MAX_VALUE ? end.segment() + 1 : keepFrom, end);
        int collected = wal.collectSeries(cutoff);
        if (collected > 0) {
            options.logger().log(System.Logger.Level.DEBUG, "WAL truncation collected " + collected + " series");
        }
    }

    @Override
    public synchronized void update(Arguments next) throws Exception {
        if (started) {
            for (Endpoint e : endpoints) {
                e.stop();
            }
        }
        args = next;
        endpoints = build(next);
        if (started) {
            endpoints.forEach(Endpoint::start);
        }
    }
}
