package io.jalloy.cli.internal;

import java.io.PrintStream;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The process's log output: replaces the JUL root handlers (where {@link System.Logger} writes by
 * default) with one that writes Alloy-style lines to standard error. {@link #apply} switches level
 * and format on the fly when a reloaded config changes its {@code logging} block. Thread-safe:
 * settings are swapped atomically and each line is written whole.
 */
public final class ProcessLog {
    private static final ProcessLog INSTANCE = new ProcessLog();
    /** Jetty's start/stop chatter is not Alloy's output; held strongly so the level sticks. */
    private static final Logger JETTY = Logger.getLogger("org.eclipse.jetty");

    private volatile LogSettings settings = LogSettings.DEFAULTS;
    private boolean installed;

    private ProcessLog() {}

    /** Installs the handler once (on the first call) and applies {@code s}. */
    public static synchronized void apply(LogSettings s) {
        INSTANCE.settings = s;
        Logger root = LogManager.getLogManager().getLogger("");
        if (!INSTANCE.installed) {
            for (Handler h : root.getHandlers()) {
                root.removeHandler(h);
            }
            root.addHandler(new StderrHandler(System.err));
            INSTANCE.installed = true;
        }
        root.setLevel(s.level());
        JETTY.setLevel(s.level().intValue() < Level.INFO.intValue() ? s.level() : Level.WARNING);
        for (Handler h : root.getHandlers()) {
            h.setLevel(s.level());
        }
    }

    /** Writes each record as one line. */
    private static final class StderrHandler extends Handler {
        private final PrintStream out;

        StderrHandler(PrintStream out) {
            this.out = out;
        }

        @Override
        public void publish(LogRecord r) {
            if (r == null || !isLoggable(r)) {
                return;
            }
            String line = LogLine.format(r, INSTANCE.settings.format());
            synchronized (out) {
                out.print(line);
                out.flush();
            }
        }

        @Override
        public void flush() {
            out.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
