package io.jalloy.prometheus.relabel;

import io.jalloy.common.relabel.RelabelRules;
import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ExportSink;
import io.jalloy.component.RunContext;
import io.jalloy.prometheus.api.Appender;
import io.jalloy.prometheus.api.MetricsReceiver;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import java.util.List;

/**
 * The running {@code prometheus.relabel}: its exported receiver relabels each series once (the
 * outcome is kept per series and reached through the series reference the caller passes back),
 * forwards survivors to {@code forward_to} and drops series the rules drop or leave without labels.
 * Stale markers pass through and make the series be forgotten, as in Alloy.
 *
 * <p>Threads: appenders run on the callers' threads; {@link #update} (evaluation thread) swaps an
 * immutable {@link State}.
 */
final class RelabelComponent implements Component<Arguments> {
    record State(List<MetricsReceiver> forwardTo, RelabeledSeries series, int maxCacheSize) {}

    private final ExportSink<Exports> exports;
    private final MetricsReceiver receiver = () -> new RelabelAppender(this);
    final Counter processed;
    final Counter written;
    final Counter cacheHits;
    final Counter cacheMisses;
    final Counter cacheDeletes;
    final Gauge cacheSize;
    private volatile State state;
    private volatile boolean exited;

    RelabelComponent(ComponentOptions options, Arguments args, ExportSink<Exports> exports) {
        this.exports = exports;
        var registry = options.metrics();
        processed = Counter.builder().name("alloy_prometheus_relabel_metrics_processed")
                .help("Total number of metrics processed").register(registry);
        written = Counter.builder().name("alloy_prometheus_relabel_metrics_written")
                .help("Total number of metrics written").register(registry);
        cacheMisses = Counter.builder().name("alloy_prometheus_relabel_cache_misses")
                .help("Total number of cache misses").register(registry);
        cacheHits = Counter.builder().name("alloy_prometheus_relabel_cache_hits")
                .help("Total number of cache hits").register(registry);
        cacheSize = Gauge.builder().name("alloy_prometheus_relabel_cache_size")
                .help("Total size of relabel cache").register(registry);
        cacheDeletes = Counter.builder().name("alloy_prometheus_relabel_cache_deletes")
                .help("Total number of cache deletes").register(registry);
        update(args);
    }

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        try {
            ctx.awaitCancellation();
        } finally {
            exited = true;
        }
    }

    @Override
    public synchronized void update(Arguments args) {
        RelabelRules rules = RelabelRules.compile(args.rules());
        // Alloy clears its cache on every update; references into the old one then simply miss.
        state = new State(args.forwardTo(), new RelabeledSeries(rules, args.maxCacheSize(), args.cacheTtl().toNanos(), args.forwardTo().size()),
                args.maxCacheSize());
        exports.publish(new Exports(receiver, rules));
    }

    State state() {
        return state;
    }

    boolean exited() {
        return exited;
    }

    /** The receiver handed to upstream components (also for tests). */
    MetricsReceiver receiver() {
        return receiver;
    }

    static Appender[] downstream(State s) {
        Appender[] apps = new Appender[s.forwardTo().size()];
        for (int i = 0; i < apps.length; i++) {
            apps[i] = s.forwardTo().get(i).appender();
        }
        return apps;
    }
}
