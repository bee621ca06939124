package io.jalloy.prometheus.internal.exposition;

import java.nio.charset.StandardCharsets;

/** Test helpers: parse a string with a fresh collecting sink. */
final class Parse {
    private Parse() {}

    record Outcome(ParseResult result, CollectingSink sink) {}

    static Outcome text(String input) {
        return text(input.getBytes(StandardCharsets.UTF_8));
    }

    static Outcome text(byte[] input) {
        CollectingSink sink = new CollectingSink();
        return new Outcome(new PromTextParser().parse(input, 0, input.length, sink), sink);
    }

    static Outcome openMetrics(String input) {
        return openMetrics(input.getBytes(StandardCharsets.UTF_8));
    }

    static Outcome openMetrics(byte[] input) {
        CollectingSink sink = new CollectingSink();
        return new Outcome(new OpenMetricsParser().parse(input, 0, input.length, sink), sink);
    }
}
