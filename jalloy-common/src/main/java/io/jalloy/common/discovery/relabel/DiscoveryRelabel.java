package io.jalloy.common.discovery.relabel;

import io.jalloy.common.discovery.Target;
import io.jalloy.common.labels.Labels;
import io.jalloy.common.relabel.RelabelRules;
import io.jalloy.component.Component;
import io.jalloy.component.ExportSink;
import io.jalloy.component.RunContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running {@code discovery.relabel}: relabels its input targets on every update and publishes
 * the survivors with the compiled rules. Results are remembered for the targets of the last
 * update, so a re-evaluation that changes few targets relabels only those; the memory is dropped
 * when the rules change. {@link #update} runs on the runtime's evaluation thread (and once during
 * creation); {@link #run} only waits.
 */
final class DiscoveryRelabel implements Component<Arguments> {
    private static final Target DROPPED = Target.of("__dropped__", "sentinel");

    private final ExportSink<Exports> exports;
    private RelabelRules rules = RelabelRules.EMPTY; // guarded by this
    private Map<Target, Target> memo = new HashMap<>(); // guarded by this

    DiscoveryRelabel(Arguments args, ExportSink<Exports> exports) {
        this.exports = exports;
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
        for (Target in : args.targets()) {
            Target out = seen.get(in);
            if (out == null) {
                out = previous.get(in);
            }
            if (out == null) {
                Labels relabeled = next.process(in.labels(), scratch);
                out = relabeled == null ? DROPPED : relabeled == in.labels() ? in : Target.of(relabeled);
            }
            seen.put(in, out);
            if (out != DROPPED) {
                output.add(out);
            }
        }
        rules = next;
        memo = seen;
        exports.publish(new Exports(output, next));
    }
}
