package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;

/** {@code stage.windowsevent}: like {@code eventlogmessage}, also splitting the description text. */
public record WindowsEventConfig(
        @Attr(value = "source", optional = true) String source,
        @Attr(value = "drop_invalid_labels", optional = true) boolean dropInvalidLabels,
        @Attr(value = "overwrite_existing", optional = true) boolean overwriteExisting) {

    public static WindowsEventConfig defaults() {
        return new WindowsEventConfig("message", false, false);
    }
}
