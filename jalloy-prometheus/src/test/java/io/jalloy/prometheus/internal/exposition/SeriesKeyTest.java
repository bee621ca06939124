package io.jalloy.prometheus.internal.exposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesKeyTest {
    /** Keeps the key and hash of every sample, as a scrape cache would on first sight. */
    private static final class KeySink implements ExpositionSink {
        final List<byte[]> keys = new ArrayList<>();
        final List<Long> hashes = new ArrayList<>();
        List<byte[]> known;
        int matched;

        @Override
        public void sample(Series series, double value, long timestampMs, Exemplar exemplar) {
            if (known != null) {
                if (SeriesKey.matches(series, known.get(keys.size()))) {
                    matched++;
                }
            }
            byte[] key = SeriesKey.of(series);
            assertThat(SeriesKey.size(series)).isEqualTo(key.length);
            keys.add(key);
            hashes.add(series.hash());
        }
    }

    private static KeySink parse(String text, List<byte[]> known) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        KeySink sink = new KeySink();
        sink.known = known;
        assertThat(new PromTextParser().parse(b, 0, b.length, sink).ok()).isTrue();
        return sink;
    }

    @Test
    void aReScrapedSeriesMatchesItsStoredKeyAndHash() {
        String body = "a{x=\"1\",y=\"2\"} 1\nb 2\nc{} 3\n";
        KeySink first = parse(body, null);
        KeySink second = parse("# a comment shifts every offset\n" + body.replace(" 1\n", " 42\n"), first.keys);
        assertThat(second.matched).isEqualTo(3);
        assertThat(second.hashes).isEqualTo(first.hashes);
    }

    @Test
    void differentSeriesDoNotMatchEvenWhenTheirBytesConcatenateAlike() {
        KeySink first = parse("a{b=\"cd\"} 1\nab{x=\"y\"} 1\n", null);
        KeySink second = parse("a{bc=\"d\"} 1\na{bx=\"y\"} 1\n", first.keys);
        assertThat(second.matched).isZero();
        assertThat(parse("a{b=\"c\",d=\"e\"} 1\n", null).keys.get(0))
                .isNotEqualTo(parse("a{b=\"c\"} 1\n", null).keys.get(0));
        assertThat(parse("a{b=\"c\"} 1\n", List.of(parse("a{b=\"c\",d=\"e\"} 1\n", null).keys.get(0))).matched).isZero();
    }

    @Test
    void keysAndHashesAreFormatIndependentEvenWithEscapes() {
        byte[] text = "{\"m.x\",a=\"q\\\"t\\\\s\\nl\"} 1\n".getBytes(StandardCharsets.UTF_8);
        byte[] pb = Pb.delimited(Pb.msg().string(1, "m.x").varint(3, 3)
                .msg(4, Pb.msg().msg(1, Pb.label("a", "q\"t\\s\nl")).msg(5, Pb.msg().dbl(1, 1))));
        KeySink t = new KeySink();
        new PromTextParser().parse(text, 0, text.length, t);
        KeySink p = new KeySink();
        new ProtobufParser().parse(pb, 0, pb.length, p);
        assertThat(p.keys.get(0)).isEqualTo(t.keys.get(0));
        assertThat(p.hashes).isEqualTo(t.hashes);
        KeySink again = new KeySink();
        again.known = t.keys;
        new ProtobufParser().parse(pb, 0, pb.length, again);
        assertThat(again.matched).isEqualTo(1);
        KeySink literalNewline = parse("{\"m.x\",a=\"q\\\"t\\\\s\nl\"} 1\n", t.keys);
        assertThat(literalNewline.matched).isEqualTo(1);
    }
}
