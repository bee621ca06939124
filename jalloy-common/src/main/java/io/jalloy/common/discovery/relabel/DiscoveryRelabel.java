package io.jalloy.common.discovery.relabel;

import io.jalloy.common.discovery.Target;
import io.jalloy.common.labels.Labels;
import io.jalloy.common.relabel.RelabelRules;
import io.jalloy.component.Component;
import io.jalloy.component.ExportSink;
import io.jalloy.component.RunContext;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running {@code discovery.relabel}: relabels its input targets on every update and publishes
 * the survivors with the compiled rules. Results are remembered for the targets of the last
 * update, so a re-evaluation that changes few targets relabels only those; the memory is dropped
 * when the rules change (Alloy's {@code alloy_discovery_relabel_cache_*} metrics count how well
 * this works). {@link #update} runs on the runtime's evaluation thread (and once during
 * creation); {@link #run} only waits.
 */
final class DiscoveryRelabel implements Component<Arguments> {
    private static final Target DROPPED = Target.of("__dropped__", "sentinel");

    private final ExportSink<Exports> exports;
    private final Counter cacheHits;
    private final Counter cacheMisses;
    private final Gauge cacheSize;
    private RelabelRules rules = RelabelRules.EMPTY; // guarded by this
    private Map<Target, Target> memo = new HashMap<>(); // guarded by this

    DiscoveryRelabel(Arguments args, ExportSink<Exports> exports, PrometheusRegistry registry) {
        this.exports = exports;
        this.cacheHits = Counter.builder().name("alloy_discovery_relabel_cache_hits_total")
                .help("Total number of targets whose relabeling result was reused from the cache").register(registry);
        this.cacheMisses = Counter.builder().name("alloy_discovery_relabel_cache_misses_total")
                .help("Total number of targets that had to be relabeled").register(registry);
        this.cacheSize = Gauge.builder().name("alloy_discovery_relabel_cache_size")
                .help("Number of targets currently held in the relabeling cache").register(registry);
        update(args);
    }

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        ctx.awaitCancellation();
    }

    @Override
    public synchronized void update(Arguments args) {
        RelabelRules next = RelabelRules.compile(args.rules());
        Map<Target, Target> previous = next.equals(rules) ? memo : Map.of();
        Map<Target, Target> seen = new HashMap<>(args.targets().size() * 2);
        Labels.Builder scratch = new Labels.Builder();
        List<Target> output = new ArrayList<>(args.targets().size());
        long hits = 0;
        for (Target in : args.targets()) {
            Target out = seen.get(in);
            if (out == null) {
                out = previous.get(in);
            }
            if (out == null) {
                Labels relabeled = next.process(in.labels(), scratch);
                out = relabeled == null ? DROPPED : relabeled == in.labels() ? in : Target.of(relabeled);
            } else {
                hits++;
            }
            seen.put(in, out);
            if (out != DROPPED) {
                output.add(out);
            }
        }
        rules = next;
        memo = seen;
        cacheHits.inc(hits);
        cacheMisses.inc(args.targets().size() - hits);
        cacheSize.set(seen.size());
        exports.publish(new Exports(output, next));
    }
}
