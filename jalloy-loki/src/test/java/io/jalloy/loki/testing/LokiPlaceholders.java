package io.jalloy.loki.testing;

import io.jalloy.common.relabel.RelabelRules;
import io.jalloy.loki.api.LogsReceiver;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.Value;

/**
 * The placeholders loki components need in documentation examples, for
 * {@link io.jalloy.runtime.componenttest.DocExampleBlocks}: a receiver that drops everything for
 * {@code receiver}/{@code logs_receiver}, empty rules for {@code rules}, the default elsewhere.
 */
public final class LokiPlaceholders {
    private static final LogsReceiver DROP = batch -> {};

    private LokiPlaceholders() {}

    /** The placeholder for a reference ending in {@code lastName}, or null for the default. */
    public static Value of(String lastName) {
        return switch (lastName) {
            case "receiver", "logs_receiver" -> new CapsuleValue(DROP);
            case "rules" -> new CapsuleValue(RelabelRules.EMPTY);
            default -> null;
        };
    }
}
