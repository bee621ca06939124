package io.jalloy.prometheus.exporter.unix.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** node_exporter's {@code time}: wall clock, zone offset and the kernel's clock sources. */
final class TimeCollector implements Collector {
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("z", Locale.ROOT);

    @Override
    public String name() {
        return "time";
    }

    @Override
    public void collect(SystemPaths paths, MetricText out) throws IOException {
        long nanos = System.currentTimeMillis() * 1_000_000L;
        out.add("node_time_seconds", "System time in seconds since epoch (1970).", "gauge", nanos / 1e9);
        ZonedDateTime now = ZonedDateTime.now();
        out.add("node_time_zone_offset_seconds", "System time zone offset in seconds.", "gauge",
                now.getOffset().getTotalSeconds(), "time_zone", ZONE.format(now));
        Path dir = paths.sys().resolve("devices/system/clocksource");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> sources = Files.newDirectoryStream(dir, "clocksource[0-9]*")) {
            for (Path src : sources) {
                String device = src.getFileName().toString().substring("clocksource".length());
                for (String a : Fields.split(Fields.textOr(src.resolve("available_clocksource"), ""))) {
                    out.add("node_time_clocksource_available_info",
                            "Available clocksources read from '/sys/devices/system/clocksource'.", "gauge", 1,
                            "clocksource", a, "device", device);
                }
                String current = Fields.textOr(src.resolve("current_clocksource"), "");
                if (!current.isEmpty()) {
                    out.add("node_time_clocksource_current_info",
                            "Current clocksource read from '/sys/devices/system/clocksource'.", "gauge", 1,
                            "clocksource", current, "device", device);
                }
            }
        }
    }
}
