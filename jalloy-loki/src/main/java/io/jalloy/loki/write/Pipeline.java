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
        Path walDir = dataPath.resolve("wal");
        List<Path> checkpointFiles = new ArrayList<>();
        List<WalCheckpoint> checkpoints = new ArrayList<>();
        for (int i = 0; i < args.endpoints().size(); i++) {
            Path f = WalCheckpoint.file(walDir, checkpointKey(i, args.endpoints().get(i)));
            checkpointFiles.add(f);
            checkpoints.add(args.wal().enabled() ? WalCheckpoint.read(f) : WalCheckpoint.START);
        }
        this.wal = args.wal().enabled()
                ? Wal.open(walDir, checkpoints, args.wal().maxSegmentAge(), walRollAge)
                : null;
        this.drain = args.wal().enabled() ? args.wal().drainTimeout() : null;
        for (int i = 0; i < args.endpoints().size(); i++) {
            EndpointOptions e = args.endpoints().get(i);
            ConfiguredHttpClient http = ConfiguredHttpClient.build(e.client(), System.getenv());
            PushClient client = new PushClient(URI.create(e.url()), http, e.headers(), e.remoteTimeout());
            endpoints.add(new Endpoint(e, args.maxStreams(), client, metrics, sleeper, logger,
                    wal == null ? m -> {} : wal::delivered,
                    wal == null ? null : new WalTailer(wal, args.wal(), checkpoints.get(i)),
                    wal == null ? null : new WalProgress(checkpointFiles.get(i), checkpoints.get(i), logger)));
            names.add(e.name().isEmpty() ? client.host() : e.name());
        }
    }

    /** Starts the endpoints; with a WAL they begin by reading what an earlier run left. */
    void start() {
        for (int i = 0; i < endpoints.size(); i++) {
            endpoints.get(i).start(names.get(i));
        }
    }

    /**
     * Adds the external labels, then either appends the batch to the WAL (the endpoints read it
     * back) or queues it on every endpoint.
     */
    void send(List<LogEntry> batch) throws IOException, InterruptedException {
        List<LogEntry> entries = external.isEmpty() ? List.copyOf(batch) : withExternal(batch);
        if (wal != null) {
            wal.append(entries);
            return;
        }
        for (Endpoint e : endpoints) {
            e.enqueue(entries);
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

    /**
     * The name of an endpoint's WAL checkpoint: its {@code name} when it has one, else its place
     * among the endpoints. Not its URL: an endpoint moved to another address keeps its progress.
     */
    private static String checkpointKey(int index, EndpointOptions e) {
        if (e.name().isEmpty()) {
            return "endpoint-" + index;
        }
        StringBuilder sb = new StringBuilder("endpoint-name-");
        for (int i = 0; i < e.name().length(); i++) {
            char c = e.name().charAt(i);
            sb.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' ? c : '_');
        }
        return sb.toString();
    }

    /** Releases a pipeline that never started. */
    void discard() {
        for (Endpoint e : endpoints) {
            e.discard();
        }
    }

    /** Drains the endpoints (together, each within its drain timeout) and closes the WAL. */
    void close() throws IOException, InterruptedException {
        if (wal != null) {
            wal.close(); // no more appends: the tailers can tell when they have read everything
        }
        for (Endpoint e : endpoints) {
            e.stop();
        }
        for (Endpoint e : endpoints) {
            e.await(drain);
        }
    }
}
