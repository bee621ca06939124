package io.jalloy.loki.process.stages;

import io.jalloy.loki.process.internal.LogSelector;
import java.util.List;

/**
 * {@code stage.match}: entries the selector picks run through the nested stages (action
 * {@code keep}) or are dropped (action {@code drop}); the rest skip to the following stage.
 */
final class MatchStage implements Stage {
    private final LogSelector selector;
    private final List<Stage> nested;
    private final boolean drop;
    private final String reason;
    private final StageContext ctx;

    MatchStage(MatchConfig c, StageContext ctx) throws StageException {
        if (c.selector() == null || c.selector().isEmpty()) {
            throw new StageException("selector statement required for match stage");
        }
        String action = c.action() == null || c.action().isEmpty() ? "keep" : c.action();
        if (!action.equals("keep") && !action.equals("drop")) {
            throw new StageException("match stage action should be 'keep' or 'drop'");
        }
        drop = action.equals("drop");
        List<StageConfig> stages = c.stages() == null ? List.of() : c.stages();
        if (drop && !stages.isEmpty()) {
            throw new StageException("match stage configured to drop entries cannot contains stages");
        }
        if (!drop && stages.isEmpty()) {
            throw new StageException("match stage requires at least one additional stage to be defined in '- stages'");
        }
        try {
            selector = LogSelector.parse(c.selector());
        } catch (IllegalArgumentException e) {
            throw new StageException("invalid selector syntax for match stage: " + e.getMessage());
        }
        nested = Stages.compile(stages, ctx);
        reason = c.dropCounterReason() == null || c.dropCounterReason().isEmpty() ? "match_stage" : c.dropCounterReason();
        this.ctx = ctx;
    }

    @Override
    public Next bind(Next downstream) {
        Next inner = downstream;
        for (int i = nested.size() - 1; i >= 0; i--) {
            inner = nested.get(i).bind(inner);
        }
        Next chain = inner;
        return e -> {
            if (!selector.matches(e.labelLookup, e.line)) {
                downstream.accept(e);
            } else if (drop) {
                ctx.drop(reason);
            } else {
                chain.accept(e);
            }
        };
    }

    @Override
    public void flush(long nowNanos, boolean all) {
        nested.forEach(s -> s.flush(nowNanos, all));
    }

    @Override
    public void close() {
        nested.forEach(Stage::close);
    }
}
