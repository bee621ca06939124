package io.jalloy.loki.process.stages;

import com.google.re2j.Matcher;
import io.jalloy.common.labels.Labels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code stage.multiline}: per stream (label set), lines are gathered into a block that starts at
 * a {@code firstline} match; a block goes on, joined with newlines and carrying its first entry's
 * labels, time and extracted values, when the next block starts, when it reaches
 * {@code max_lines}, or {@code max_wait_time} after its last line ({@link #flush}).
 */
final class MultilineStage implements Stage {
    private static final class Block {
        final EntryState first;
        final StringBuilder text = new StringBuilder();
        int lines;
        long lastNanos;

        Block(EntryState first) {
            this.first = first;
        }
    }

    private final Matcher firstline;
    private final long maxLines;
    private final long maxWaitNanos;
    private final StageContext ctx;
    private final Map<Labels, Block> blocks = new HashMap<>();
    private Next downstream;

    MultilineStage(MultilineConfig c, StageContext ctx) throws StageException {
        if (c.firstline() == null || c.firstline().isEmpty()) {
            throw new StageException("multiline stage config must define `firstline` regular expression");
        }
        firstline = Regexes.compile(c.firstline(), "multiline stage first line regex compilation error").matcher("");
        maxLines = c.maxLines() <= 0 ? 128 : c.maxLines();
        maxWaitNanos = c.maxWaitTime() == null || c.maxWaitTime().isZero() ? 3_000_000_000L : c.maxWaitTime().toNanos();
        this.ctx = ctx;
    }

    @Override
    public Next bind(Next next) {
        downstream = next;
        return this::process;
    }

    private void process(EntryState e) {
        Labels key = e.currentLabels();
        Block b = blocks.get(key);
        if (firstline.reset(e.line).find() && b != null) {
            emit(key, b);
            b = null;
        }
        if (b == null) {
            b = new Block(e.copy());
            blocks.put(key, b);
        } else {
            b.text.append('\n');
        }
        b.text.append(e.line);
        b.lines++;
        b.lastNanos = ctx.nowNanos();
        if (b.lines >= maxLines) {
            emit(key, b);
        }
    }

    private void emit(Labels key, Block b) {
        blocks.remove(key);
        b.first.line = b.text.toString();
        downstream.accept(b.first);
    }

    @Override
    public void flush(long nowNanos, boolean all) {
        if (blocks.isEmpty()) {
            return;
        }
        List<Labels> due = new ArrayList<>();
        blocks.forEach((k, b) -> {
            if (all || nowNanos - b.lastNanos >= maxWaitNanos) {
                due.add(k);
            }
        });
        for (Labels k : due) {
            emit(k, blocks.get(k));
        }
    }
}
