package io.jalloy.cli.internal;

import java.time.Duration;

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

    private static void poll(RunningConfig config, Duration interval) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
            if (!config.changedOnDisk()) {
                continue;
            }
            LOG.log(System.Logger.Level.INFO, "config file changed, reloading");
            Reloads.reloadAndLog(config);
        }
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
