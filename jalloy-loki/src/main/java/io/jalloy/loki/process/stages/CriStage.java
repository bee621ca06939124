package io.jalloy.loki.process.stages;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.process.internal.TimestampParser;
import io.jalloy.loki.process.internal.GoTimeLayout;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code stage.cri}: parses {@code <time> <stream> <flags> <content>} lines into the extracted
 * {@code time}, {@code stream}, {@code flags} and {@code content}, sets the {@code stream} label,
 * the timestamp and the line, and joins partial ({@code P}) lines of a stream until its final
 * ({@code F}) line. When more than {@code max_partial_lines} streams hold partial lines, all are
 * passed on as they are.
 */
final class CriStage implements Stage {
    private final int maxPartialLines;
    private final long maxPartialLineSize;
    private final boolean truncate;
    private final TimestampParser time;
    private final Map<Labels, EntryState> partial = new LinkedHashMap<>();
    private Next downstream;

    CriStage(CriConfig c, StageContext ctx) {
        maxPartialLines = c.maxPartialLines();
        maxPartialLineSize = c.maxPartialLineSize();
        truncate = c.maxPartialLineSizeTruncate();
        time = new TimestampParser("RFC3339Nano", ZoneOffset.UTC, ctx.clock());
    }

    @Override
    public Next bind(Next next) {
        downstream = next;
        return this::process;
    }

    private void process(EntryState e) {
        String s = e.line;
        int a = s.indexOf(' ');
        int b = a < 0 ? -1 : s.indexOf(' ', a + 1);
        int c = b < 0 ? -1 : s.indexOf(' ', b + 1);
        if (c < 0) {
            downstream.accept(e);
            return;
        }
        String stream = s.substring(a + 1, b);
        if (!stream.equals("stdout") && !stream.equals("stderr")) {
            downstream.accept(e);
            return;
        }
        String ts = s.substring(0, a);
        String flags = s.substring(b + 1, c);
        String content = s.substring(c + 1);
        e.extracted.put("time", ts);
        e.extracted.put("stream", stream);
        e.extracted.put("flags", flags);
        e.extracted.put("content", content);
        e.labels.set("stream", stream);
        long t = time.parse(ts);
        if (t != GoTimeLayout.FAILED) {
            e.timestampNanos = t;
        }
        e.line = content;
        Labels key = e.currentLabels();
        if (flags.contains("P")) {
            EntryState held = partial.get(key);
            if (held != null) {
                held.line = cut(held.line + content);
                return;
            }
            if (partial.size() >= maxPartialLines) {
                flush(0, true);
            }
            EntryState copy = e.copy();
            copy.line = cut(content);
            partial.put(key, copy);
            return;
        }
        EntryState held = partial.remove(key);
        if (held != null) {
            e.line = cut(held.line + content);
        }
        downstream.accept(e);
    }

    private String cut(String line) {
        return truncate && maxPartialLineSize > 0 && Utf8.length(line) > maxPartialLineSize
                ? Utf8.prefix(line, maxPartialLineSize)
                : line;
    }

    @Override
    public void flush(long nowNanos, boolean all) {
        if (!all || partial.isEmpty()) {
            return;
        }
        var held = partial.values().toArray(new EntryState[0]);
        partial.clear();
        for (EntryState e : held) {
            downstream.accept(e);
        }
    }
}
