package io.jalloy.prometheus.exporter.unix.internal;

import java.io.IOException;
import java.util.List;

/** node_exporter's {@code loadavg}: node_load1, node_load5, node_load15 from /proc/loadavg. */
final class LoadavgCollector implements Collector {
    @Override
    public String name() {
        return "loadavg";
    }

    @Override
    public void collect(SystemPaths paths, MetricText out) throws IOException {
        List<String> f = Fields.split(Fields.text(paths.proc().resolve("loadavg")));
        out.add("node_load1", "1m load average.", "gauge", Double.parseDouble(f.get(0)));
        out.add("node_load5", "5m load average.", "gauge", Double.parseDouble(f.get(1)));
        out.add("node_load15", "15m load average.", "gauge", Double.parseDouble(f.get(2)));
    }
}
