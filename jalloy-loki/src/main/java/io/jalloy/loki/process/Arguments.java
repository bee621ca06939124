package io.jalloy.loki.process;

import io.jalloy.loki.api.LogsReceiver;
import io.jalloy.loki.process.stages.StageConfig;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Enum;
import java.util.List;

/**
 * The arguments of {@code loki.process}.
 *
 * @param forwardTo where processed batches go
 * @param stages the {@code stage.*} blocks, in order
 */
public record Arguments(
        @Attr("forward_to") List<LogsReceiver> forwardTo,
        @Enum(value = "stage", optional = true) List<StageConfig> stages) {}
