package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.value.ByteSize;
import java.time.Duration;

/**
 * {@code stage.drop}: drops entries when all configured conditions hold. Null fields are unset
 * (Alloy distinguishes an absent {@code source} from an empty one).
 */
public record DropConfig(
        @Attr(value = "source", optional = true) String source,
        @Attr(value = "separator", optional = true) String separator,
        @Attr(value = "expression", optional = true) String expression,
        @Attr(value = "value", optional = true) String value,
        @Attr(value = "older_than", optional = true) Duration olderThan,
        @Attr(value = "longer_than", optional = true) ByteSize longerThan,
        @Attr(value = "drop_counter_reason", optional = true) String dropCounterReason) {

    public static DropConfig defaults() {
        return new DropConfig("", ";", "", "", Duration.ZERO, new ByteSize(0), "drop_stage");
    }
}
