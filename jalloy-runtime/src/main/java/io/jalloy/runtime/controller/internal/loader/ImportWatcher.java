package io.jalloy.runtime.controller.internal.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Polls the files (and the files of the directories) an {@code import.file} read, on its own
 * virtual thread, and reports when one appears, disappears or changes; the evaluation thread then
 * re-reads them.
 * Polling stands in for Alloy's file-system notifications.
 */
final class ImportWatcher {
    private final Thread thread;
    private final Runnable onChange;
    private volatile List<Path> paths = List.of();
    private volatile String baseline;
    private volatile Duration interval;
    private volatile boolean stopped;

    private ImportWatcher(String name, Duration interval, Runnable onChange) {
        this.interval = interval;
        this.onChange = onChange;
        this.thread = Thread.ofVirtual().name("import watcher " + name).unstarted(this::loop);
    }

    static ImportWatcher start(String name, Duration interval, Runnable onChange) {
        ImportWatcher w = new ImportWatcher(name, interval, onChange);
        w.thread.start();
        return w;
    }

    /** Replaces what is watched; the files as they are now are the baseline changes are measured from. */
    void watch(List<Path> newPaths, Duration newInterval) {
        List<Path> copy = List.copyOf(newPaths);
        this.baseline = signature(copy);
        this.paths = copy;
        this.interval = newInterval;
    }

    void stop() {
        stopped = true;
        thread.interrupt();
    }

    private void loop() {
        while (!stopped) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
            String before = baseline;
            String now = signature(paths);
            if (before != null && !now.equals(before)) {
                baseline = now;
                onChange.run();
            }
        }
    }

    private static String signature(List<Path> paths) {
        StringBuilder sb = new StringBuilder();
        for (Path p : paths) {
            sb.append(p).append('|');
            try {
                if (Files.isDirectory(p)) {
                    List<Path> files;
                    try (Stream<Path> s = Files.list(p)) {
                        files = new ArrayList<>(s.filter(Files::isRegularFile).sorted().toList());
                    }
                    for (Path f : files) {
                        sb.append(f.getFileName()).append('=');
                        file(sb, f);
                        sb.append(';');
                    }
                } else {
                    file(sb, p);
                }
            } catch (IOException e) {
                sb.append("error");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void file(StringBuilder sb, Path p) throws IOException {
        if (!Files.exists(p)) {
            sb.append("missing");
            return;
        }
        sb.append(Files.size(p)).append(':').append(Files.getLastModifiedTime(p).toMillis())
                .append(':').append(Files.readString(p).hashCode());
    }
}
