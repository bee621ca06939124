package io.jalloy.runtime.controller.internal.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Polls the files (and directory listings) an {@code import.file} read, on its own virtual thread,
 * and reports when their size, time or names change; the evaluation thread then re-reads them.
 * Polling stands in for Alloy's file-system notifications.
 */
final class ImportWatcher {
    private final Thread thread;
    private final Runnable onChange;
    private volatile List<Path> paths = List.of();
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

    /** Replaces what is watched. */
    void watch(List<Path> newPaths, Duration newInterval) {
        this.paths = List.copyOf(newPaths);
        this.interval = newInterval;
    }

    void stop() {
        stopped = true;
        thread.interrupt();
    }

    private void loop() {
        String last = null;
        List<Path> watched = null;
        while (!stopped) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
            List<Path> current = paths;
            String signature = signature(current);
            if (current == watched && last != null && !signature.equals(last)) {
                onChange.run();
            }
            watched = current;
            last = signature;
        }
    }

    private static String signature(List<Path> paths) {
        StringBuilder sb = new StringBuilder();
        for (Path p : paths) {
            sb.append(p).append('|');
            try {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.list(p)) {
                        List<String> names = new ArrayList<>(s.map(x -> x.getFileName().toString()).sorted().toList());
                        sb.append(names);
                    }
                } else if (Files.exists(p)) {
                    sb.append(Files.size(p)).append(':').append(Files.getLastModifiedTime(p).toMillis())
                            .append(':').append(Files.readString(p).hashCode());
                } else {
                    sb.append("missing");
                }
            } catch (IOException e) {
                sb.append("error");
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
