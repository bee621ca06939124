package io.jalloy.loki.write;

import io.jalloy.common.http.client.ConfiguredHttpClient;
import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.internal.PushClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What one set of {@code loki.write} arguments runs: the endpoints, the optional WAL and the
 * external labels. Replaced as a whole when the arguments change.
 *
 * <p>Threads: {@link #send} from any appender; {@link #start} and {@link #close} from the
 * component's run or update thread.
 */
final class Pipeline {
    private final List<Endpoint> endpoints = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final Labels external;
    private final Wal wal;
    private final Duration drain;

    Pipeline(Arguments args, Path dataPath, WriteMetrics metrics, Sleeper sleeper, System.Logger logger,
            Duration walRollAge) throws IOException {
        this.external = Labels.fromMap(args.externalLabels());
        this.wal = args.wal().enabled()
                ? Wal.open(dataPath.resolve("wal"), args.endpoints().size(), args.wal().maxSegmentAge(), walRollAge)
                : null;
        this.drain = args.wal().enabled() ? args.wal().drainTimeout() : null;
        for (EndpointOptions e : args.endpoints()) {
            ConfiguredHttpClient http = ConfiguredHttpClient.build(e.client(), System.getenv());
            PushClient client = new PushClient(URI.create(e.url()), http, e.headers(), e.remoteTimeout());
            endpoints.add(new Endpoint(e, args.maxStreams(), client, metrics, sleeper, logger,
                    wal == null ? m -> {} : wal::delivered));
            names.add(e.name().isEmpty() ? client.host() : e.name());
        }
    }

    /** Starts the endpoints and hands them what the WAL kept from an earlier run. */
    void start() throws IOException, InterruptedException {
        for (int i = 0; i < endpoints.size(); i++) {
            endpoints.get(i).start(names.get(i));
        }
        if (wal != null) {
            for (Wal.Replayed r : wal.replay()) {
                for (Endpoint e : endpoints) {
                    e.enqueue(r.entries(), r.id());
                }
            }
        }
    }

    /** Adds the external labels, makes the batch durable when the WAL is on, and queues it everywhere. */
    void send(List<LogEntry> batch) throws IOException, InterruptedException {
        List<LogEntry> entries = external.isEmpty() ? List.copyOf(batch) : withExternal(batch);
        long segment = wal == null ? -1 : wal.append(entries);
        for (Endpoint e : endpoints) {
            e.enqueue(entries, segment);
        }
    }

    private List<LogEntry> withExternal(List<LogEntry> batch) {
        List<LogEntry> out = new ArrayList<>(batch.size());
        Labels.Builder b = new Labels.Builder();
        Labels last = null;
        Labels lastMerged = null;
        for (LogEntry e : batch) {
            if (e.labels() != last) {
                b.reset(external);
                Labels own = e.labels();
                for (int i = 0; i < own.size(); i++) {
                    b.set(own.name(i), own.value(i));
                }
                last = own;
                lastMerged = b.build();
            }
            out.add(e.withLabels(lastMerged));
        }
        return out;
    }

    /** Releases a pipeline that never started. */
    void discard() {
        for (Endpoint e : endpoints) {
            e.discard();
        }
    }

    /** Drains the endpoints (together, each within its drain timeout) and closes the WAL. */
    void close() throws IOException, InterruptedException {
        for (Endpoint e : endpoints) {
            e.stop();
        }
        for (Endpoint e : endpoints) {
            e.await(drain);
        }
        if (wal != null) {
            wal.close();
        }
    }
}
