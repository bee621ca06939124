package io.jalloy.prometheus.exporter.unix.internal;

import java.nio.file.Path;

/** node_exporter's {@code uname}: node_uname_info with the uname(2) fields, read from /proc/sys/kernel. */
final class UnameCollector implements Collector {
    @Override
    public String name() {
        return "uname";
    }

    @Override
    public void collect(SystemPaths paths, MetricText out) {
        Path k = paths.proc().resolve("sys/kernel");
        String arch = Fields.textOr(k.resolve("arch"), machine());
        out.add("node_uname_info", "Labeled system information as provided by the uname system call.", "gauge", 1,
                "domainname", Fields.textOr(k.resolve("domainname"), "(none)"),
                "machine", arch,
                "nodename", Fields.textOr(k.resolve("hostname"), "unknown"),
                "release", Fields.textOr(k.resolve("osrelease"), System.getProperty("os.version")),
                "sysname", Fields.textOr(k.resolve("ostype"), "Linux"),
                "version", Fields.textOr(k.resolve("version"), ""));
    }

    private static String machine() {
        return switch (System.getProperty("os.arch")) {
            case "amd64" -> "x86_64";
            case "x86" -> "i686";
            default -> System.getProperty("os.arch");
        };
    }
}
