package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Enum;
import java.util.List;

/** {@code stage.match}: runs nested stages (or drops) for entries a LogQL selector matches. */
public record MatchConfig(
        @Attr("selector") String selector,
        @Enum(value = "stage", optional = true) List<StageConfig> stages,
        @Attr(value = "action", optional = true) String action,
        @Attr(value = "pipeline_name", optional = true) String pipelineName,
        @Attr(value = "drop_counter_reason", optional = true) String dropCounterReason) {

    public static MatchConfig defaults() {
        return new MatchConfig("", List.of(), "keep", "", "match_stage");
    }
}
