package io.jalloy.loki.process.stages;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.process.internal.GoDuration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code stage.metrics}: counters, gauges and histograms updated from extracted values, labelled
 * with the entry's labels and registered in the component's registry until the pipeline is
 * rebuilt (Alloy resets them on reload).
 */
final class MetricsStage extends EntryStage {
    private record Rule(CustomMetric metric, CustomMetric.Kind kind, String source, String value, String action,
            boolean matchAll, boolean countBytes) {}

    private final Rule[] rules;
    private final StageContext ctx;
    private final List<CustomMetric> registered = new ArrayList<>();

    MetricsStage(MetricsConfig c, StageContext ctx) throws StageException {
        this.ctx = ctx;
        List<Rule> out = new ArrayList<>();
        try {
            for (MetricConfig m : c.metrics() == null ? List.<MetricConfig>of() : c.metrics()) {
                if (m.counter() != null) {
                    out.add(rule(CustomMetric.Kind.COUNTER, m.counter()));
                } else if (m.gauge() != null) {
                    out.add(rule(CustomMetric.Kind.GAUGE, m.gauge()));
                } else if (m.histogram() != null) {
                    out.add(rule(CustomMetric.Kind.HISTOGRAM, m.histogram()));
                }
            }
        } catch (StageException | RuntimeException e) {
            close();
            throw e instanceof StageException se ? se : new StageException(e.getMessage());
        }
        rules = out.toArray(new Rule[0]);
    }

    private Rule rule(CustomMetric.Kind kind, MetricSpec s) throws StageException {
        if (s.maxIdleDuration() != null && s.maxIdleDuration().compareTo(java.time.Duration.ofSeconds(1)) < 0) {
            throw new StageException("max_idle_duration must be greater or equal than 1s");
        }
        String action = s.action() == null ? "" : s.action().toLowerCase(java.util.Locale.ROOT);
        boolean hasValue = s.value() != null && !s.value().isEmpty();
        switch (kind) {
            case COUNTER -> {
                if (!action.equals("inc") && !action.equals("add")) {
                    throw new StageException("counter action must be defined as either `inc` or `add`");
                }
                if (s.matchAll() && hasValue) {
                    throw new StageException("`match_all: true` cannot be combined with `value`");
                }
                if (s.countEntryBytes() && !s.matchAll() && !action.equals("add")) {
                    throw new StageException("`count_entry_bytes: true` can only be set with `match_all: true` or `action: add`");
                }
            }
            case GAUGE -> {
                if (!List.of("set", "inc", "dec", "add", "sub").contains(action)) {
                    throw new StageException("gauge action must be defined as `set`, `inc`, `dec`, `add`, or `sub`");
                }
            }
            default -> {
                if (s.buckets() == null || s.buckets().isEmpty()) {
                    throw new StageException("histogram buckets must be defined");
                }
            }
        }
        String name = (s.prefix() == null ? "" : s.prefix()) + s.name();
        String source = s.source() == null || s.source().isEmpty() ? s.name() : s.source();
        CustomMetric metric = new CustomMetric(kind, name, s.description() == null || s.description().isEmpty()
                ? name : s.description(), s.buckets(), s.maxIdleDuration().toNanos(), ctx::nowNanos);
        ctx.registry().register(metric);
        registered.add(metric);
        return new Rule(metric, kind, source, hasValue ? s.value() : null, action, s.matchAll(), s.countEntryBytes());
    }

    @Override
    protected boolean apply(EntryState e) {
        Labels labels = null;
        for (Rule r : rules) {
            Object v = e.extracted.get(r.source);
            boolean present = v != null;
            if (!r.matchAll && !present) {
                continue;
            }
            if (r.value != null && !Values.asString(v).equals(r.value)) {
                continue;
            }
            if (labels == null) {
                labels = e.currentLabels();
            }
            switch (r.kind) {
                case COUNTER -> {
                    if (r.action.equals("inc")) {
                        r.metric.add(labels, 1);
                    } else if (r.countBytes) {
                        r.metric.add(labels, Utf8.length(e.line));
                    } else {
                        double f = toFloat(v);
                        if (!Double.isNaN(f) && f >= 0) {
                            r.metric.add(labels, f);
                        }
                    }
                }
                case GAUGE -> {
                    switch (r.action) {
                        case "inc" -> r.metric.add(labels, 1);
                        case "dec" -> r.metric.add(labels, -1);
                        default -> {
                            double f = toFloat(v);
                            if (Double.isNaN(f)) {
                                continue;
                            }
                            switch (r.action) {
                                case "set" -> r.metric.set(labels, f);
                                case "add" -> r.metric.add(labels, f);
                                default -> r.metric.add(labels, -f);
                            }
                        }
                    }
                }
                default -> {
                    double f = toFloat(v);
                    if (!Double.isNaN(f)) {
                        r.metric.observe(labels, f);
                    }
                }
            }
        }
        return true;
    }

    /** Alloy's conversion: numbers, numeric strings, Go durations (as seconds), booleans; NaN otherwise. */
    static double toFloat(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                long nanos = GoDuration.parseNanos(s);
                return nanos == Long.MIN_VALUE ? Double.NaN : nanos / 1e9;
            }
        }
        return Double.NaN;
    }

    @Override
    public void close() {
        registered.forEach(ctx.registry()::unregister);
        registered.clear();
    }
}
