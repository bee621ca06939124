package io.jalloy.loki.process.stages;

import io.prometheus.metrics.core.metrics.Counter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code stage.limit}: a token bucket of {@code burst} tokens refilled at {@code rate} per second
 * (on the injected clock). Over the limit, entries are dropped ({@code drop = true}) or the
 * pipeline waits for a token. With {@code by_label_name}, each value of that label has its own
 * bucket (up to {@code max_distinct_labels}, least recently used evicted); entries without the
 * label pass.
 */
final class LimitStage extends EntryStage {
    private static final String REASON = "ratelimit_drop_stage";

    private static final class Bucket {
        double tokens;
        long lastNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastNanos = now;
        }
    }

    private final double rate;
    private final int burst;
    private final boolean drop;
    private final String byLabel;
    private final StageContext ctx;
    private final Bucket global;
    private final Map<String, Bucket> byValue;
    private final Counter droppedByLabel;

    LimitStage(LimitConfig c, StageContext ctx) throws StageException {
        if (c.byLabelName() != null && !c.byLabelName().isEmpty() && !c.drop()) {
            throw new StageException("When ratelimiting by label, drop must be true");
        }
        rate = c.rate();
        burst = c.burst();
        drop = c.drop();
        byLabel = c.byLabelName() == null || c.byLabelName().isEmpty() ? null : c.byLabelName();
        this.ctx = ctx;
        global = new Bucket(burst, ctx.nowNanos());
        int max = c.maxDistinctLabels() <= 0 ? 10_000 : c.maxDistinctLabels();
        byValue = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > max;
            }
        };
        droppedByLabel = byLabel == null ? null : ctx.sharedCounter("loki_process_dropped_lines_by_label_total",
                "A count of all log lines dropped as a result of a pipeline stage", "label_name", "label_value");
    }

    @Override
    protected boolean apply(EntryState e) {
        long now = ctx.nowNanos();
        if (byLabel != null) {
            String v = e.labels.get(byLabel);
            if (v.isEmpty()) {
                return true;
            }
            Bucket b = byValue.computeIfAbsent(v, k -> new Bucket(burst, now));
            if (take(b, now)) {
                return true;
            }
            droppedByLabel.labelValues(byLabel, v).inc();
            ctx.drop(REASON);
            return false;
        }
        if (take(global, now)) {
            return true;
        }
        if (drop) {
            ctx.drop(REASON);
            return false;
        }
        // Back-pressure: wait for the next token, then take it.
        long waitNanos = rate <= 0 ? 1_000_000_000L : (long) ((1 - global.tokens) / rate * 1e9);
        try {
            Thread.sleep(Math.max(1, waitNanos / 1_000_000), (int) (waitNanos % 1_000_000));
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        refill(global, ctx.nowNanos());
        global.tokens = Math.max(0, global.tokens - 1);
        return true;
    }

    private boolean take(Bucket b, long now) {
        refill(b, now);
        if (b.tokens >= 1) {
            b.tokens -= 1;
            return true;
        }
        return false;
    }

    private void refill(Bucket b, long now) {
        if (now > b.lastNanos) {
            b.tokens = Math.min(burst, b.tokens + (now - b.lastNanos) / 1e9 * rate);
            b.lastNanos = now;
        }
    }
}
