package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;

/** {@code stage.eventlogmessage}: splits a Windows event message's {@code key: value} lines into extracted values. */
public record EventLogMessageConfig(
        @Attr(value = "source", optional = true) String source,
        @Attr(value = "drop_invalid_labels", optional = true) boolean dropInvalidLabels,
        @Attr(value = "overwrite_existing", optional = true) boolean overwriteExisting) {

    public static EventLogMessageConfig defaults() {
        return new EventLogMessageConfig("message", false, false);
    }
}
