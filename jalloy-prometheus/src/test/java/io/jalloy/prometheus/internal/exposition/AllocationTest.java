package io.jalloy.prometheus.internal.exposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hot-path promise: once warm, parsing an already-seen exposition into a sink that only hashes
 * series allocates (almost) nothing, whatever the number of samples.
 */
class AllocationTest {
    /**
     * A sink like a scrape loop's fast path: hash the series, and confirm it against the key stored
     * on first sight (keys are only created during the first parse).
     */
    private static final class HashingSink implements ExpositionSink {
        final java.util.List<byte[]> keys = new java.util.ArrayList<>();
        long acc;
        int samples;
        int index;
        int mismatches;

        @Override
        public void sample(Series series, double value, long timestampMs, Exemplar exemplar) {
            acc += series.hash() ^ Double.doubleToRawLongBits(value) ^ timestampMs;
            if (index == keys.size()) {
                keys.add(SeriesKey.of(series));
            } else if (!SeriesKey.matches(series, keys.get(index))) {
                mismatches++;
            }
            index++;
            samples++;
        }

        @Override
        public void histogram(Series series, NativeHistogram h, long timestampMs) {
            acc += series.hash() + h.positive().deltaCount();
            samples++;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExpositionFormat.class)
    void aWarmParseAllocatesNoMemoryPerSample(ExpositionFormat format) {
        var bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs allocation accounting");
        var mx = (com.sun.management.ThreadMXBean) bean;
        byte[] body = switch (format) {
            case PROMETHEUS_TEXT -> Synthetic.text(false);
            case OPENMETRICS_TEXT -> Synthetic.text(true);
            case PROTOBUF -> Synthetic.protobuf();
        };
        ExpositionParser parser = format.newParser(true, true);
        HashingSink sink = new HashingSink();
        for (int i = 0; i < 3000; i++) {
            sink.index = 0;
            ParseResult r = parser.parse(body, 0, body.length, sink);
            assertThat(r.ok()).as(r.toString()).isTrue();
        }
        sink.samples = 0;
        long tid = Thread.currentThread().threadId();
        long before = mx.getThreadAllocatedBytes(tid);
        int rounds = 20;
        for (int i = 0; i < rounds; i++) {
            sink.index = 0;
            parser.parse(body, 0, body.length, sink);
        }
        long allocated = mx.getThreadAllocatedBytes(tid) - before;
        int perRound = sink.samples / rounds;
        assertThat(perRound).isGreaterThan(900);
        assertThat(sink.mismatches).isZero();
        // One small result record per parse is allowed; nothing may scale with the sample count.
        assertThat(allocated / rounds).as("bytes per parse of %d samples", perRound).isLessThan(256);
    }
}
