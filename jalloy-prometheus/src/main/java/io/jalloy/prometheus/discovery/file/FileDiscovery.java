package io.jalloy.prometheus.discovery.file;

import io.jalloy.common.discovery.Target;
import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ExportSink;
import io.jalloy.component.RunContext;
import io.jalloy.prometheus.discovery.DiscoveryExports;
import io.jalloy.prometheus.discovery.TargetGroups;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The running {@code discovery.file}: reads the matching files every {@code refresh_interval} (and
 * at once after an update) and publishes their targets with {@code __meta_filepath}. A file that
 * fails to parse keeps its previous targets, as Prometheus's file discovery does. Files are polled,
 * not watched. {@link #run} does the reading; {@link #update} only swaps the arguments and wakes it.
 */
final class FileDiscovery implements Component<Arguments> {
    private final System.Logger logger;
    private final ExportSink<DiscoveryExports> exports;
    private final Map<Path, List<Target>> lastGood = new HashMap<>(); // run thread only
    private volatile Arguments args;
    private volatile boolean changed;

    FileDiscovery(ComponentOptions options, Arguments args, ExportSink<DiscoveryExports> exports) {
        this.logger = options.logger();
        this.exports = exports;
        this.args = args;
        refresh();
    }

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        while (true) {
            Arguments a = args;
            long waited = 0;
            long step = 100;
            while (!changed && waited < a.refreshInterval().toMillis()) {
                if (ctx.awaitCancellation(java.time.Duration.ofMillis(Math.min(step, a.refreshInterval().toMillis() - waited)))) {
                    return;
                }
                waited += step;
            }
            changed = false;
            refresh();
        }
    }

    @Override
    public void update(Arguments next) {
        args = next;
        changed = true;
    }

    private synchronized void refresh() {
        List<Target> all = new ArrayList<>();
        Map<Path, List<Target>> seen = new HashMap<>();
        for (String pattern : args.files()) {
            List<Path> files;
            try {
                files = Globs.expand(pattern);
            } catch (IOException | RuntimeException e) {
                logger.log(System.Logger.Level.ERROR, "error expanding glob " + pattern + ": " + e.getMessage());
                continue;
            }
            for (Path f : files) {
                if (seen.containsKey(f)) {
                    continue;
                }
                List<Target> targets = read(f);
                seen.put(f, targets);
                all.addAll(targets);
            }
        }
        lastGood.keySet().retainAll(seen.keySet());
        exports.publish(new DiscoveryExports(all));
    }

    private List<Target> read(Path f) {
        String name = f.getFileName().toString();
        try {
            if (!name.endsWith(".json") && !name.endsWith(".yml") && !name.endsWith(".yaml")) {
                throw new IOException("retrieval of target groups failed: unknown file extension");
            }
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(f, StandardCharsets.UTF_8));
            List<Target> targets = TargetGroups.targets(doc, "__meta_filepath", f.toString());
            lastGood.put(f, targets);
            return targets;
        } catch (Exception e) {
            logger.log(System.Logger.Level.ERROR, "Error reading file " + f + ": " + e.getMessage());
            return lastGood.getOrDefault(f, List.of());
        }
    }
}
