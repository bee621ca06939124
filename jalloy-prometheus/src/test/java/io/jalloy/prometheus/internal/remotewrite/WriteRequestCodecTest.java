package io.jalloy.prometheus.internal.remotewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.common.compress.SnappyBlock;
import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.ExemplarSample;
import io.jalloy.prometheus.api.HistogramSample;
import io.jalloy.prometheus.api.StaleMarkers;
import org.junit.jupiter.api.Test;

class WriteRequestCodecTest {

    @Test
    void samplesExemplarsHistogramsAndMetadataSurviveEncodingCompressionAndDecoding() throws Exception {
        WriteRequestEncoder enc = new WriteRequestEncoder();
        byte[] up = WriteRequestEncoder.encodeLabels(Labels.of("__name__", "up", "job", "a"));
        enc.addSample(up, 1_700_000_000_000L, 1.5);
        enc.addSample(up, 1_700_000_015_000L, StaleMarkers.STALE_NAN);
        enc.addEncoded(up, RemoteWriteProtocol.SERIES_EXEMPLARS,
                enc.exemplarBody(new ExemplarSample(Labels.of("trace_id", "abc"), 2.0, 1_700_000_000_001L, true)));
        HistogramSample h = new HistogramSample(3, 0.001, 1, 10, 42.5, new int[] {-2, 2, 1, 1},
                new double[] {2, 3, 4}, new int[0], new double[0], 2);
        enc.addEncoded(up, RemoteWriteProtocol.SERIES_HISTOGRAMS, enc.histogramBody(h, 1_700_000_000_002L));
        enc.addMetadata("up", "gauge", "Whether the target is up.", "");

        SnappyBlock snappy = new SnappyBlock();
        snappy.compress(enc.buffer().array(), enc.buffer().size());
        byte[] body = SnappyBlock.decompress(snappy.output(), 0, snappy.length());
        DecodedWriteRequest req = WriteRequestDecoder.decode(body);

        assertThat(req.series()).hasSize(4);
        assertThat(req.series().get(0).labels()).isEqualTo(Labels.of("__name__", "up", "job", "a"));
        assertThat(req.series().get(0).timestamps()).containsExactly(1_700_000_000_000L);
        assertThat(req.series().get(0).values()).containsExactly(1.5);
        assertThat(StaleMarkers.isStale(req.series().get(1).values()[0])).isTrue();
        assertThat(req.series().get(2).exemplars()).containsExactly(
                new ExemplarSample(Labels.of("trace_id", "abc"), 2.0, 1_700_000_000_001L, true));
        DecodedWriteRequest.TimedHistogram th = req.series().get(3).histograms().getFirst();
        assertThat(th.timestampMs()).isEqualTo(1_700_000_000_002L);
        assertThat(th.histogram().schema()).isEqualTo(3);
        assertThat(th.histogram().positiveSpans()).containsExactly(-2, 2, 1, 1);
        assertThat(th.histogram().positiveCounts()).containsExactly(2, 3, 4);
        assertThat(th.histogram().sum()).isEqualTo(42.5);
        assertThat(th.histogram().counterReset()).isEqualTo(2);
        assertThat(req.metadata()).containsExactly(
                new DecodedWriteRequest.Metadata("up", "gauge", "Whether the target is up.", ""));
    }

    @Test
    void longNestedMessagesGetCanonicalLengthPrefixes() {
        WriteRequestEncoder enc = new WriteRequestEncoder();
        String big = "v".repeat(300);
        enc.addSample(WriteRequestEncoder.encodeLabels(Labels.of("__name__", "m", "big", big)), 5, 7);
        byte[] bytes = enc.buffer().toByteArray();
        // tag 0x0a, then a two-byte varint length of the TimeSeries.
        assertThat(bytes[0]).isEqualTo((byte) 0x0a);
        int len = (bytes[1] & 0x7f) | (bytes[2] << 7);
        assertThat(len).isEqualTo(bytes.length - 3);
        assertThat(WriteRequestDecoder.decode(bytes).series().getFirst().labels().get("big")).isEqualTo(big);
    }

    @Test
    void truncatedBodiesAreRejected() {
        WriteRequestEncoder enc = new WriteRequestEncoder();
        enc.addSample(WriteRequestEncoder.encodeLabels(Labels.of("__name__", "m")), 5, 7);
        byte[] bytes = enc.buffer().toByteArray();
        assertThatThrownBy(() -> WriteRequestDecoder.decode(bytes, 0, bytes.length - 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
