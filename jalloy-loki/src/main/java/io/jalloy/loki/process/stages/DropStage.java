package io.jalloy.loki.process.stages;

import com.google.re2j.Matcher;

/** {@code stage.drop}: drops entries meeting every configured condition, counting them by reason. */
final class DropStage extends EntryStage {
    private final String[] sources; // null when no source
    private final String separator;
    private final Matcher regex;
    private final String value;
    private final long olderThanNanos;
    private final long longerThan;
    private final String reason;
    private final StageContext ctx;
    private final StringBuilder joined = new StringBuilder();

    DropStage(DropConfig c, StageContext ctx) throws StageException {
        boolean hasSource = c.source() != null && !c.source().isEmpty();
        boolean hasExpr = c.expression() != null && !c.expression().isEmpty();
        boolean hasValue = c.value() != null && !c.value().isEmpty();
        boolean hasOlder = c.olderThan() != null && !c.olderThan().isZero();
        boolean hasLonger = c.longerThan() != null && c.longerThan().bytes() != 0;
        if (!hasSource && !hasExpr && !hasOlder && !hasLonger) {
            throw new StageException(
                    "drop stage config must contain at least one of `source`, `expression`, `older_than` or `longer_than`");
        }
        if (hasExpr && hasValue) {
            throw new StageException(
                    "drop stage config error, `value` and `expression` cannot both be defined at the same time.");
        }
        if (hasValue && !hasSource) {
            throw new StageException("drop stage config must contain `source` if `value` is specified");
        }
        sources = hasSource ? c.source().split(",", -1) : null;
        if (sources != null) {
            for (int i = 0; i < sources.length; i++) {
                sources[i] = sources[i].trim();
            }
        }
        separator = c.separator() == null ? ";" : c.separator();
        regex = hasExpr ? Regexes.compile(c.expression(), "drop stage regex compilation error").matcher("") : null;
        value = hasValue ? c.value() : null;
        olderThanNanos = hasOlder ? c.olderThan().toNanos() : 0;
        longerThan = hasLonger ? c.longerThan().bytes() : 0;
        reason = c.dropCounterReason() == null || c.dropCounterReason().isEmpty() ? "drop_stage" : c.dropCounterReason();
        this.ctx = ctx;
    }

    @Override
    protected boolean apply(EntryState e) {
        if (shouldDrop(e)) {
            ctx.drop(reason);
            return false;
        }
        return true;
    }

    private boolean shouldDrop(EntryState e) {
        if (olderThanNanos != 0 && e.timestampNanos >= ctx.nowNanos() - olderThanNanos) {
            return false;
        }
        if (longerThan != 0 && Utf8.length(e.line) <= longerThan) {
            return false;
        }
        if (sources != null) {
            String v = sourceValue(e);
            if (v == null) {
                return false;
            }
            if (value != null) {
                return v.equals(value);
            }
            if (regex != null) {
                return regex.reset(v).find();
            }
            return true;
        }
        return regex == null || regex.reset(e.line).find();
    }

    // The source value, or the sources joined by the separator; null when one is missing.
    private String sourceValue(EntryState e) {
        if (sources.length == 1) {
            if (e.extracted.get(sources[0]) == null) {
                return null;
            }
            return Values.asString(e.extracted.get(sources[0]));
        }
        joined.setLength(0);
        for (int i = 0; i < sources.length; i++) {
            if (e.extracted.get(sources[i]) == null) {
                return null;
            }
            if (i > 0) {
                joined.append(separator);
            }
            joined.append(Values.asString(e.extracted.get(sources[i])));
        }
        return joined.toString();
    }
}
