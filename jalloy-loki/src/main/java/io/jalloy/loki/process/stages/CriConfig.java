package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ValueException;

/** {@code stage.cri}: parses CRI log lines and joins partial ({@code P}) lines. */
public record CriConfig(
        @Attr(value = "max_partial_lines", optional = true) int maxPartialLines,
        @Attr(value = "max_partial_line_size", optional = true) long maxPartialLineSize,
        @Attr(value = "max_partial_line_size_truncate", optional = true) boolean maxPartialLineSizeTruncate)
        implements Validating {

    public static CriConfig defaults() {
        return new CriConfig(100, 0, false);
    }

    @Override
    public void validate() throws ValueException {
        if (maxPartialLines <= 0) {
            throw new ValueException("max_partial_lines must be greater than 0");
        }
    }
}
