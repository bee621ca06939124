package io.jalloy.prometheus.exporter.unix.internal;

import com.google.re2j.Pattern;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * node_exporter's {@code netdev} (its netlink flavour, default since 1.4): per-device counters from
 * /sys/class/net/DEV/statistics, loopback devices skipped, {@code device_include}/{@code device_exclude}
 * applied.
 */
final class NetdevCollector implements Collector {
    /** Metric suffix and the sysfs statistics file it comes from. */
    private static final String[][] STATS = {
        {"receive_bytes", "rx_bytes"}, {"receive_packets", "rx_packets"}, {"receive_errs", "rx_errors"},
        {"receive_drop", "rx_dropped"}, {"receive_fifo", "rx_fifo_errors"}, {"receive_frame", "rx_frame_errors"},
        {"receive_compressed", "rx_compressed"}, {"receive_multicast", "multicast"},
        {"receive_nohandler", "rx_nohandler"},
        {"transmit_bytes", "tx_bytes"}, {"transmit_packets", "tx_packets"}, {"transmit_errs", "tx_errors"},
        {"transmit_drop", "tx_dropped"}, {"transmit_fifo", "tx_fifo_errors"}, {"transmit_colls", "collisions"},
        {"transmit_carrier", "tx_carrier_errors"}, {"transmit_compressed", "tx_compressed"}};
    private static final String LOOPBACK_TYPE = "772";

    private final Pattern include;
    private final Pattern exclude;

    NetdevCollector(String include, String exclude) {
        this.include = include.isEmpty() ? null : Pattern.compile(include);
        this.exclude = exclude.isEmpty() ? null : Pattern.compile(exclude);
    }

    @Override
    public String name() {
        return "netdev";
    }

    @Override
    public void collect(SystemPaths paths, MetricText out) throws IOException {
        try (DirectoryStream<Path> devices = Files.newDirectoryStream(paths.sys().resolve("class/net"))) {
            for (Path dev : devices) {
                String name = dev.getFileName().toString();
                if (LOOPBACK_TYPE.equals(Fields.textOr(dev.resolve("type"), ""))
                        || (include != null && !include.matcher(name).find())
                        || (exclude != null && exclude.matcher(name).find())) {
                    continue;
                }
                Path stats = dev.resolve("statistics");
                if (!Files.isDirectory(stats)) {
                    continue;
                }
                for (String[] s : STATS) {
                    String v = Fields.textOr(stats.resolve(s[1]), "0");
                    out.add("node_network_" + s[0] + "_total", "Network device statistic " + s[0] + ".", "counter",
                            Double.parseDouble(v), "device", name);
                }
            }
        }
    }
}
