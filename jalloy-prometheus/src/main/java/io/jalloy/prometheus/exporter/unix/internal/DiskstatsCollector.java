package io.jalloy.prometheus.exporter.unix.internal;

import com.google.re2j.Pattern;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** node_exporter's {@code diskstats}: /proc/diskstats counters per device, and node_disk_info from udev data. */
final class DiskstatsCollector implements Collector {
    private static final double SECTOR = 512;

    /** Column (after major, minor, name), metric, help, type, scale. */
    private record Stat(int column, String name, String help, String type, double scale) {}

    private static final Stat[] STATS = {
        new Stat(0, "reads_completed_total", "The total number of reads completed successfully.", "counter", 1),
        new Stat(1, "reads_merged_total", "The total number of reads merged.", "counter", 1),
        new Stat(2, "read_bytes_total", "The total number of bytes read successfully.", "counter", SECTOR),
        new Stat(3, "read_time_seconds_total", "The total number of seconds spent by all reads.", "counter", 0.001),
        new Stat(4, "writes_completed_total", "The total number of writes completed successfully.", "counter", 1),
        new Stat(5, "writes_merged_total", "The number of writes merged.", "counter", 1),
        new Stat(6, "written_bytes_total", "The total number of bytes written successfully.", "counter", SECTOR),
        new Stat(7, "write_time_seconds_total", "This is the total number of seconds spent by all writes.", "counter", 0.001),
        new Stat(8, "io_now", "The number of I/Os currently in progress.", "gauge", 1),
        new Stat(9, "io_time_seconds_total", "Total seconds spent doing I/Os.", "counter", 0.001),
        new Stat(10, "io_time_weighted_seconds_total", "The weighted # of seconds spent doing I/Os.", "counter", 0.001),
        new Stat(11, "discards_completed_total", "The total number of discards completed successfully.", "counter", 1),
        new Stat(12, "discards_merged_total", "The total number of discards merged.", "counter", 1),
        new Stat(13, "discarded_sectors_total", "The total number of sectors discarded successfully.", "counter", 1),
        new Stat(14, "discard_time_seconds_total", "This is the total number of seconds spent by all discards.", "counter", 0.001),
        new Stat(15, "flush_requests_total", "The total number of flush requests completed successfully", "counter", 1),
        new Stat(16, "flush_requests_time_seconds_total", "This is the total number of seconds spent by all flush requests.",
                "counter", 0.001)};

    private final Pattern include;
    private final Pattern exclude;

    DiskstatsCollector(String include, String exclude) {
        this.include = include.isEmpty() ? null : Pattern.compile(include);
        this.exclude = exclude.isEmpty() ? null : Pattern.compile(exclude);
    }

    @Override
    public String name() {
        return "diskstats";
    }

    @Override
    public void collect(SystemPaths paths, MetricText out) throws IOException {
        for (String line : Fields.lines(paths.proc().resolve("diskstats"))) {
            List<String> f = Fields.split(line);
            if (f.size() < 14) {
                continue;
            }
            String dev = f.get(2);
            if ((include != null && !include.matcher(dev).find()) || (exclude != null && exclude.matcher(dev).find())) {
                continue;
            }
            Map<String, String> udev = udev(paths, f.get(0), f.get(1));
            out.add("node_disk_info", "Info of /sys/block/<block_device>.", "gauge", 1,
                    "device", dev, "major", f.get(0), "minor", f.get(1),
                    "model", udev.getOrDefault("ID_MODEL", ""), "path", udev.getOrDefault("ID_PATH", ""),
                    "revision", udev.getOrDefault("ID_REVISION", ""), "serial", udev.getOrDefault("ID_SERIAL_SHORT", ""),
                    "wwn", udev.getOrDefault("ID_WWN", ""));
            for (Stat s : STATS) {
                int col = s.column + 3;
                if (col < f.size()) {
                    out.add("node_disk_" + s.name, s.help, s.type, Double.parseDouble(f.get(col)) * s.scale, "device", dev);
                }
            }
        }
    }

    private static Map<String, String> udev(SystemPaths paths, String major, String minor) {
        Map<String, String> out = new HashMap<>();
        try {
            for (String l : Fields.lines(paths.udev().resolve("b" + major + ":" + minor))) {
                int eq = l.indexOf('=');
                if (l.startsWith("E:") && eq > 2) {
                    out.put(l.substring(2, eq), l.substring(eq + 1));
                }
            }
        } catch (IOException | RuntimeException e) {
            // no udev data: the info labels stay empty, as node_exporter leaves them
        }
        return out;
    }
}
