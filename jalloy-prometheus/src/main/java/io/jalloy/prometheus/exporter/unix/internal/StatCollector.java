package io.jalloy.prometheus.exporter.unix.internal;

import java.io.IOException;
import java.util.List;

/** node_exporter's {@code stat}: boot time, context switches, forks, interrupts and process counts from /proc/stat. */
final class StatCollector implements Collector {
    @Override
    public String name() {
        return "stat";
    }

    @Override
    public void collect(SystemPaths paths, MetricText out) throws IOException {
        for (String line : Fields.lines(paths.proc().resolve("stat"))) {
            List<String> f = Fields.split(line);
            if (f.size() < 2) {
                continue;
            }
            double v = Double.parseDouble(f.get(1));
            switch (f.get(0)) {
                case "intr" -> out.add("node_intr_total", "Total number of interrupts serviced.", "counter", v);
                case "ctxt" -> out.add("node_context_switches_total", "Total number of context switches.", "counter", v);
                case "btime" -> out.add("node_boot_time_seconds", "Node boot time, in unixtime.", "gauge", v);
                case "processes" -> out.add("node_forks_total", "Total number of forks.", "counter", v);
                case "procs_running" -> out.add("node_procs_running",
                        "Number of processes in runnable state.", "gauge", v);
                case "procs_blocked" -> out.add("node_procs_blocked",
                        "Number of processes blocked waiting for I/O to complete.", "gauge", v);
                default -> { }
            }
        }
    }
}
