package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Block;
import java.util.List;

/** {@code stage.truncate}: cuts lines, labels, metadata or extracted values to a byte limit. */
public record TruncateConfig(@Block("rule") List<TruncateRule> rules) {}
