package io.jalloy.prometheus.exporter.unix.internal;

import java.io.IOException;
import java.util.List;

/**
 * node_exporter's {@code meminfo}: one gauge per /proc/meminfo field, {@code (x)} written
 * {@code _x}, kB values in bytes with a {@code _bytes} suffix.
 */
final class MeminfoCollector implements Collector {
    @Override
    public String name() {
        return "meminfo";
    }

    @Override
    public void collect(SystemPaths paths, MetricText out) throws IOException {
        for (String line : Fields.lines(paths.proc().resolve("meminfo"))) {
            List<String> f = Fields.split(line);
            if (f.size() < 2 || !f.get(0).endsWith(":")) {
                continue;
            }
            String key = f.get(0).substring(0, f.get(0).length() - 1).replace("(", "_").replace(")", "");
            double v = Double.parseDouble(f.get(1));
            if (f.size() == 3 && f.get(2).equals("kB")) {
                key += "_bytes";
                v *= 1024;
            }
            out.add("node_memory_" + key, "Memory information field " + key + ".", "gauge", v);
        }
    }
}
