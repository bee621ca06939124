package io.jalloy.cli.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * One log record as Alloy's logger writes it: {@code ts}, {@code level}, the component's
 * {@code component_path}/{@code component_id} for component loggers, {@code msg}, key-value pairs
 * passed as an even number of parameters to a message without {@code {0}} placeholders, and
 * {@code err} for a throwable, encoded as logfmt or JSON. Stateless; called from any logging thread.
 */
final class LogLine {
    private static final String COMPONENT_LOGGER = "io.jalloy.component.";
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private LogLine() {}

    /** The record as one line (with its newline) in {@code format}. */
    static String format(LogRecord r, LogFormat format) {
        Fields f = new Fields(format);
        f.add("ts", TS.format(r.getInstant() == null ? Instant.now() : r.getInstant()));
        f.add("level", levelName(r.getLevel()));
        String name = r.getLoggerName();
        if (name != null && name.startsWith(COMPONENT_LOGGER)) {
            String id = name.substring(COMPONENT_LOGGER.length());
            int slash = id.lastIndexOf('/');
            f.add("component_path", slash < 0 ? "/" : "/" + id.substring(0, slash));
            f.add("component_id", slash < 0 ? id : id.substring(slash + 1));
        }
        f.add("msg", message(r));
        Object[] params = r.getParameters();
        if (params != null && params.length % 2 == 0 && !hasPlaceholders(r.getMessage())) {
            // Alloy's key-value pairs: log(level, "msg", "addr", addr, ...) without placeholders
            for (int i = 0; i < params.length; i += 2) {
                f.add(String.valueOf(params[i]), String.valueOf(params[i + 1]));
            }
        }
        if (r.getThrown() != null) {
            Throwable t = r.getThrown();
            f.add("err", t.getMessage() == null ? t.toString() : t.getMessage());
        }
        return f.finish();
    }

    /** Alloy's level names for JUL levels (System.Logger's DEBUG/TRACE map below INFO). */
    static String levelName(Level level) {
        int v = level.intValue();
        if (v >= Level.SEVERE.intValue()) {
            return "error";
        } else if (v >= Level.WARNING.intValue()) {
            return "warn";
        } else if (v >= Level.INFO.intValue()) {
            return "info";
        }
        return "debug";
    }

    private static String message(LogRecord r) {
        String msg = r.getMessage() == null ? "" : r.getMessage();
        Object[] params = r.getParameters();
        if (params != null && params.length > 0 && hasPlaceholders(msg)) {
            try {
                return java.text.MessageFormat.format(msg, params);
            } catch (IllegalArgumentException e) {
                return msg;
            }
        }
        return msg;
    }

    private static boolean hasPlaceholders(String msg) {
        return msg != null && msg.contains("{0");
    }

    /** Key-value pairs being encoded in one format. */
    private static final class Fields {
        private final LogFormat format;
        private final StringBuilder sb = new StringBuilder(128);

        Fields(LogFormat format) {
            this.format = format;
            if (format == LogFormat.JSON) {
                sb.append('{');
            }
        }

        void add(String key, String value) {
            if (format == LogFormat.JSON) {
                if (sb.length() > 1) {
                    sb.append(',');
                }
                json(key);
                sb.append(':');
                json(value);
            } else {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(key).append('=');
                logfmt(value);
            }
        }

        String finish() {
            if (format == LogFormat.JSON) {
                sb.append('}');
            }
            return sb.append('\n').toString();
        }

        /** Quotes only when go-logfmt would: empty, spaces, '=', '"' or control characters. */
        private void logfmt(String v) {
            boolean quote = v.isEmpty();
            for (int i = 0; i < v.length() && !quote; i++) {
                char c = v.charAt(i);
                quote = c <= ' ' || c == '=' || c == '"' || c == 0x7f;
            }
            if (!quote) {
                sb.append(v);
                return;
            }
            json(v);
        }

        private void json(String v) {
            sb.append('"');
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
        }
    }
}
