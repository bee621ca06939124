package io.jalloy.cli.internal;

import sun.misc.Signal;

/** Reloads triggered outside HTTP: SIGHUP and the file watcher, logged as Alloy logs them. */
public final class Reloads {
    private static final System.Logger LOG = System.getLogger(Reloads.class.getName());

    private Reloads() {}

    /** Reloads {@code config} on every SIGHUP (where the platform has it). */
    public static void onSighup(RunningConfig config) {
        try {
            Signal.handle(new Signal("HUP"), s -> Thread.ofVirtual().name("sighup reload").start(() -> reloadAndLog(config)));
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.DEBUG, "SIGHUP is not available: " + e.getMessage());
        }
    }

    static void reloadAndLog(RunningConfig config) {
        try {
            config.reload();
            LOG.log(System.Logger.Level.INFO, "config reloaded");
        } catch (ConfigFailure e) {
            LOG.log(System.Logger.Level.ERROR, "failed to reload config: " + e.getMessage());
        }
    }
}
