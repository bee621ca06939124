package io.jalloy.prometheus.exporter.unix.internal;

import java.io.IOException;
import java.util.List;

/**
 * node_exporter's {@code cpu}: seconds per CPU and mode from /proc/stat (USER_HZ ticks), plus guest
 * time when {@code cpu { guest = true }}.
 */
final class CpuCollector implements Collector {
    private static final String[] MODES = {"user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal"};
    private static final double USER_HZ = 100.0;
    private final boolean guest;

    CpuCollector(boolean guest) {
        this.guest = guest;
    }

    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public void collect(SystemPaths paths, MetricText out) throws IOException {
        for (String line : Fields.lines(paths.proc().resolve("stat"))) {
            if (!line.startsWith("cpu") || line.startsWith("cpu ")) {
                continue;
            }
            List<String> f = Fields.split(line);
            String cpu = f.get(0).substring(3);
            for (int m = 0; m < MODES.length && m + 1 < f.size(); m++) {
                out.add("node_cpu_seconds_total", "Seconds the CPUs spent in each mode.", "counter",
                        Double.parseDouble(f.get(m + 1)) / USER_HZ, "cpu", cpu, "mode", MODES[m]);
            }
            if (guest && f.size() > 10) {
                String help = "Seconds the CPUs spent in guests (VMs) for each mode.";
                out.add("node_cpu_guest_seconds_total", help, "counter", Double.parseDouble(f.get(9)) / USER_HZ,
                        "cpu", cpu, "mode", "user");
                out.add("node_cpu_guest_seconds_total", help, "counter", Double.parseDouble(f.get(10)) / USER_HZ,
                        "cpu", cpu, "mode", "nice");
            }
        }
    }
}
