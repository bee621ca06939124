package io.jalloy.prometheus.exporter.unix.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The collectors of one {@code prometheus.exporter.unix} configuration, run on every scrape of
 * its metrics path. Node_exporter collectors that Jalloy does not implement are accepted in the
 * collector lists and skipped. Thread-safe: collectors keep no state between scrapes.
 */
public final class NodeCollectors {
    /** node_exporter's default collectors that Jalloy implements. */
    public static final List<String> IMPLEMENTED =
            List.of("cpu", "diskstats", "filesystem", "loadavg", "meminfo", "netdev", "stat", "time", "uname", "vmstat");

    /** Settings the implemented collectors take. */
    public record Settings(boolean cpuGuest, String vmstatFields, String netdevInclude, String netdevExclude,
                           String mountPointsExclude, String fsTypesExclude, String diskInclude, String diskExclude) {}

    private final List<Collector> collectors;
    private final SystemPaths paths;

    private NodeCollectors(List<Collector> collectors, SystemPaths paths) {
        this.collectors = collectors;
        this.paths = paths;
    }

    /**
     * The enabled collectors: {@code set} replaces node_exporter's default set when non-empty, then
     * {@code enable} adds and {@code disable} removes.
     */
    public static NodeCollectors of(List<String> set, List<String> enable, List<String> disable, Settings s,
                                    SystemPaths paths) {
        Set<String> names = new LinkedHashSet<>(set.isEmpty() ? IMPLEMENTED : set);
        names.addAll(enable);
        names.removeAll(disable);
        List<Collector> out = new ArrayList<>();
        for (String n : names) {
            Collector c = switch (n) {
                case "cpu" -> new CpuCollector(s.cpuGuest());
                case "diskstats" -> new DiskstatsCollector(s.diskInclude(), s.diskExclude());
                case "filesystem" -> new FilesystemCollector(s.mountPointsExclude(), s.fsTypesExclude());
                case "loadavg" -> new LoadavgCollector();
                case "meminfo" -> new MeminfoCollector();
                case "netdev" -> new NetdevCollector(s.netdevInclude(), s.netdevExclude());
                case "stat" -> new StatCollector();
                case "time" -> new TimeCollector();
                case "uname" -> new UnameCollector();
                case "vmstat" -> new VmstatCollector(s.vmstatFields());
                default -> null;
            };
            if (c != null) {
                out.add(c);
            }
        }
        return new NodeCollectors(List.copyOf(out), paths);
    }

    /** The names of the collectors that will run. */
    public List<String> names() {
        return collectors.stream().map(Collector::name).toList();
    }

    /** Runs every collector and renders the exposition, with node_exporter's per-collector scrape metrics. */
    public byte[] scrape() {
        MetricText out = new MetricText();
        for (Collector c : collectors) {
            long start = System.nanoTime();
            boolean ok;
            try {
                c.collect(paths, out);
                ok = true;
            } catch (Exception e) {
                ok = false;
            }
            out.add("node_scrape_collector_duration_seconds", "node_exporter: Duration of a collector scrape.", "gauge",
                    (System.nanoTime() - start) / 1e9, "collector", c.name());
            out.add("node_scrape_collector_success", "node_exporter: Whether a collector succeeded.", "gauge",
                    ok ? 1 : 0, "collector", c.name());
        }
        return out.render();
    }
}
