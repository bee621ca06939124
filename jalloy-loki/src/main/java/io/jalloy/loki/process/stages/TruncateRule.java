package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.value.ByteSize;
import java.util.List;

/** One {@code rule} of {@code stage.truncate}. */
public record TruncateRule(
        @Attr("limit") ByteSize limit,
        @Attr(value = "suffix", optional = true) String suffix,
        @Attr(value = "sources", optional = true) List<String> sources,
        @Attr(value = "source_type", optional = true) String sourceType) {

    public static TruncateRule defaults() {
        return new TruncateRule(new ByteSize(0), "", List.of(), "line");
    }
}
