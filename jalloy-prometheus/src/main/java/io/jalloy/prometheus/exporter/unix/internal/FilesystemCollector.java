package io.jalloy.prometheus.exporter.unix.internal;

import com.google.re2j.Pattern;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * node_exporter's {@code filesystem}: space from {@link FileStore} (statvfs), inode counts from
 * {@code stat -f} (the JDK exposes no inode counts), mounts from PROC/1/mounts filtered by the
 * mount point and type exclusions.
 */
final class FilesystemCollector implements Collector {
    private final Pattern mountPointsExclude;
    private final Pattern fsTypesExclude;

    FilesystemCollector(String mountPointsExclude, String fsTypesExclude) {
        this.mountPointsExclude = Pattern.compile(mountPointsExclude);
        this.fsTypesExclude = Pattern.compile(fsTypesExclude);
    }

    @Override
    public String name() {
        return "filesystem";
    }

    @Override
    public void collect(SystemPaths paths, MetricText out) throws IOException {
        Path mounts = paths.proc().resolve("1/mounts");
        if (!Files.isReadable(mounts)) {
            mounts = paths.proc().resolve("mounts");
        }
        Set<String> seen = new HashSet<>();
        for (String line : Fields.lines(mounts)) {
            List<String> f = Fields.split(line);
            if (f.size() < 4) {
                continue;
            }
            String device = f.get(0);
            String mountPoint = f.get(1).replace("\\040", " ").replace("\\011", "\t");
            String fsType = f.get(2);
            if (mountPointsExclude.matcher(mountPoint).find() || fsTypesExclude.matcher(fsType).find()
                    || !seen.add(device + "\u0000" + mountPoint + "\u0000" + fsType)) {
                continue;
            }
            Path at = paths.root().resolve(mountPoint.substring(1));
            String[] labels = {"device", device, "fstype", fsType, "mountpoint", mountPoint};
            boolean readOnly = (',' + f.get(3) + ',').contains(",ro,");
            double error = 0;
            try {
                FileStore store = Files.getFileStore(at);
                out.add("node_filesystem_size_bytes", "Filesystem size in bytes.", "gauge", store.getTotalSpace(), labels);
                out.add("node_filesystem_free_bytes", "Filesystem free space in bytes.", "gauge",
                        store.getUnallocatedSpace(), labels);
                out.add("node_filesystem_avail_bytes", "Filesystem space available to non-root users in bytes.", "gauge",
                        store.getUsableSpace(), labels);
                long[] inodes = inodes(at);
                out.add("node_filesystem_files", "Filesystem total file nodes.", "gauge", inodes[0], labels);
                out.add("node_filesystem_files_free", "Filesystem total free file nodes.", "gauge", inodes[1], labels);
            } catch (IOException | RuntimeException e) {
                error = 1;
            }
            out.add("node_filesystem_readonly", "Filesystem read-only status.", "gauge", readOnly ? 1 : 0, labels);
            out.add("node_filesystem_device_error",
                    "Whether an error occurred while getting statistics for the given device.", "gauge", error, labels);
        }
    }

    private static long[] inodes(Path at) throws IOException {
        Process p = new ProcessBuilder("stat", "-f", "-c", "%c %d", "--", at.toString())
                .redirectErrorStream(true).start();
        try {
            String text = new String(p.getInputStream().readAllBytes()).strip();
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("stat -f failed for " + at + ": " + text);
            }
            List<String> f = Fields.split(text);
            return new long[] {Long.parseLong(f.get(0)), Long.parseLong(f.get(1))};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            p.destroy();
        }
    }
}
