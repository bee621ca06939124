package io.jalloy.prometheus.exporter.unix.internal;

import java.nio.file.Path;

/** Where the collectors read from: {@code procfs_path}, {@code sysfs_path}, {@code rootfs_path}, {@code udev_data_path}. */
public record SystemPaths(Path proc, Path sys, Path root, Path udev) {
    public static SystemPaths of(String proc, String sys, String root, String udev) {
        return new SystemPaths(Path.of(proc), Path.of(sys), Path.of(root), Path.of(udev));
    }
}
