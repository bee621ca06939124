package io.jalloy.loki.relabel;

import io.jalloy.common.labels.Labels;
import io.jalloy.common.relabel.RelabelCache;
import io.jalloy.common.relabel.RelabelRules;
import io.jalloy.component.Component;
import io.jalloy.component.ExportSink;
import io.jalloy.component.RunContext;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.api.LogsReceiver;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The running {@code loki.relabel}: relabels each entry's labels through a {@link RelabelCache}
 * and forwards the survivors; an entry whose rules drop it, or whose labels end up empty, is
 * dropped (as in Alloy). New rules replace the cache.
 *
 * <p>Threads: appenders call {@link #send} concurrently; {@link #update} swaps an immutable state.
 */
final class RelabelComponent implements Component<Arguments>, LogsReceiver {
    private record State(List<LogsReceiver> forwardTo, RelabelCache cache, Arguments args) {}

    private final ExportSink<Exports> exports;
    private final Counter processed;
    private final Counter written;
    private volatile State state;

    RelabelComponent(Arguments args, ExportSink<Exports> exports, PrometheusRegistry registry) {
        this.exports = exports;
        this.processed = Counter.builder().name("loki_relabel_entries_processed")
                .help("Total number of log entries processed").register(registry);
        this.written = Counter.builder().name("loki_relabel_entries_written")
                .help("Total number of log entries forwarded").register(registry);
        update(args);
    }

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        ctx.awaitCancellation();
    }

    @Override
    public synchronized void update(Arguments args) {
        State old = state;
        RelabelRules rules = RelabelRules.compile(args.rules());
        RelabelCache cache = old != null && old.cache().rules().equals(rules) && old.args().maxCacheSize() == args.maxCacheSize()
                ? old.cache()
                : new RelabelCache(rules, args.maxCacheSize());
        state = new State(args.forwardTo(), cache, args);
        exports.publish(new Exports(this, rules));
    }

    @Override
    public void send(List<LogEntry> batch) throws InterruptedException {
        State s = state;
        List<LogEntry> out = new ArrayList<>(batch.size());
        for (LogEntry e : batch) {
            Labels relabeled = s.cache().process(e.labels());
            if (relabeled != null && !relabeled.isEmpty()) {
                out.add(e.withLabels(relabeled));
            }
        }
        processed.inc(batch.size());
        if (out.isEmpty()) {
            return;
        }
        written.inc(out.size());
        List<LogEntry> view = List.copyOf(out);
        for (LogsReceiver r : s.forwardTo()) {
            r.send(view);
        }
    }
}
