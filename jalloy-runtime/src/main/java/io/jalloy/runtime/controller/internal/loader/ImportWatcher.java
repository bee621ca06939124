package io.jalloy.runtime.controller.internal.loader;

import java.time.Duration;
import java.util.List;

/**
 * Polls what an import read (files and directories, an HTTP resource, a git checkout after
 * pulling it) on its own virtual thread, and reports when it changes; the evaluation thread then
 * re-reads it. Polling stands in for Alloy's file-system notifications.
 */
final class ImportWatcher {
    private final Thread thread;
    private final Runnable onChange;
    private volatile List<ImportProbe> paths = List.of();
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
    void watch(List<ImportProbe> newPaths, Duration newInterval) {
        List<ImportProbe> copy = List.copyOf(newPaths);
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
            if (before != null && now != null && !now.equals(before)) {
                baseline = now;
                onChange.run();
            }
        }
    }

    private static String signature(List<ImportProbe> probes) {
        StringBuilder sb = new StringBuilder();
        for (ImportProbe p : probes) {
            String one = p.signature();
            if (one == null) {
                return null;
            }
            sb.append(one).append('\n');
        }
        return sb.toString();
    }
}
