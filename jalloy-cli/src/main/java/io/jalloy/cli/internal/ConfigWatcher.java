package io.jalloy.cli.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code --config.reload-on-change}: polls the config file(s) and reloads when their contents
 * change. Polling by content (not a file-system watch) survives editors that replace files and
 * directories on network mounts, and an unchanged save costs no reload. Runs on one virtual
 * thread named {@code config watcher}.
 */
public final class ConfigWatcher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ConfigWatcher.class.getName());

    private final Thread thread;

    private ConfigWatcher(RunningConfig config, Duration interval) {
        this.thread = Thread.ofVirtual().name("config watcher").start(() -> poll(config, interval));
    }

    /** Starts watching {@code config}'s files every {@code interval}. */
    public static ConfigWatcher start(RunningConfig config, Duration interval) {
        return new ConfigWatcher(config, interval);
    }

    /** Reloads once per change seen, so a broken edit is reported once, not at every poll. */
    private static void poll(RunningConfig config, Duration interval) {
        Map<String, byte[]> seen = config.onDisk();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
            Map<String, byte[]> now = config.onDisk();
            if (now == null || same(now, seen)) {
                continue;
            }
            seen = now;
            LOG.log(System.Logger.Level.INFO, "config file changed, reloading");
            Reloads.reloadAndLog(config);
        }
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (b == null || !a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, byte[]> e : a.entrySet()) {
            if (!Arrays.equals(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
