package io.jalloy.loki.process.stages;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.process.internal.GoTimeLayout;
import io.jalloy.loki.process.internal.TimestampParser;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code stage.timestamp}: sets the entry's time from an extracted value. On failure, {@code fudge}
 * (the default) moves the entry 1ns past the last good timestamp of the same label set.
 */
final class TimestampStage extends EntryStage {
    private static final int MAX_STREAMS = 10_000;

    private final String source;
    private final TimestampParser[] parsers;
    private final boolean fudge;
    private final StageContext ctx;
    private final Map<Labels, Long> lastKnown;

    TimestampStage(TimestampConfig c, StageContext ctx) throws StageException {
        if (c.source() == null || c.source().isEmpty()) {
            throw new StageException("timestamp source value is required if timestamp is specified");
        }
        if (c.format() == null || c.format().isEmpty()) {
            throw new StageException("timestamp format is required");
        }
        ZoneId location = null;
        if (c.location() != null) {
            try {
                location = ZoneId.of(c.location());
            } catch (DateTimeException e) {
                throw new StageException("invalid location specified: %v: unknown time zone " + c.location());
            }
        }
        String action = c.actionOnFailure() == null || c.actionOnFailure().isEmpty() ? "fudge" : c.actionOnFailure();
        if (!action.equals("fudge") && !action.equals("skip")) {
            throw new StageException("invalid action on failure (supported values are [skip fudge])");
        }
        fudge = action.equals("fudge");
        var formats = c.fallbackFormats() == null ? java.util.List.<String>of() : c.fallbackFormats();
        parsers = new TimestampParser[1 + formats.size()];
        parsers[0] = new TimestampParser(c.format(), location, ctx.clock());
        for (int i = 0; i < formats.size(); i++) {
            parsers[i + 1] = new TimestampParser(formats.get(i), location, ctx.clock());
        }
        source = c.source();
        this.ctx = ctx;
        lastKnown = fudge ? new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Labels, Long> eldest) {
                return size() > MAX_STREAMS;
            }
        } : null;
    }

    @Override
    protected boolean apply(EntryState e) {
        long t = GoTimeLayout.FAILED;
        if (e.extracted.get(source) != null) {
            String v = Values.asString(e.extracted.get(source));
            for (TimestampParser p : parsers) {
                t = p.parse(v);
                if (t != GoTimeLayout.FAILED) {
                    break;
                }
            }
            if (t == GoTimeLayout.FAILED) {
                ctx.debug("failed to parse time");
            }
        }
        if (t != GoTimeLayout.FAILED) {
            e.timestampNanos = t;
            if (fudge) {
                lastKnown.put(e.currentLabels(), t);
            }
        } else if (fudge) {
            Labels key = e.currentLabels();
            Long last = lastKnown.get(key);
            if (last != null) {
                e.timestampNanos = last + 1;
                lastKnown.put(key, last + 1);
            }
        }
        return true;
    }
}
