package io.jalloy.prometheus.internal.exposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Shared checks that a real peer's exposition parsed completely. */
final class PeerExpositions {
    private PeerExpositions() {}

    /** Lines that carry a sample: neither blank nor a comment/metadata line. */
    static int sampleLines(byte[] body) {
        int n = 0;
        for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                n++;
            }
        }
        return n;
    }

    /** Parses with {@code format} and asserts every sample line arrived and every family is typed. */
    static CollectingSink assertCompleteTextParse(byte[] body, ExpositionFormat format) {
        CollectingSink sink = new CollectingSink();
        ParseResult r = format.newParser(true, false).parse(body, 0, body.length, sink);
        assertThat(r.ok()).as(r.toString()).isTrue();
        int lines = sampleLines(body);
        assertThat(lines).isPositive();
        assertThat(r.samples()).isEqualTo(lines);
        assertThat(sink.samples()).hasSize(lines);
        assertThat(sink.samples()).allSatisfy(s -> assertThat(s.typeDeclared()).as(s.name()).isTrue());
        return sink;
    }

    static Set<String> typedFamilies(CollectingSink sink) {
        Set<String> out = new HashSet<>();
        for (Collected c : sink.entries()) {
            if (c instanceof Collected.Type t) {
                out.add(t.name());
            }
        }
        return out;
    }
}
