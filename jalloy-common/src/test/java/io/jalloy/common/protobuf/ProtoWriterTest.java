package io.jalloy.common.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProtoWriterTest {
    private final ProtoWriter w = new ProtoWriter(16);

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @ParameterizedTest(name = "{0} takes {1} bytes")
    @CsvSource({
        "0, 1", "127, 1", "128, 2", "16383, 2", "16384, 3", "2097151, 3", "2097152, 4",
        "268435455, 4", "268435456, 5", "9223372036854775807, 9", "-1, 10"
    })
    void varintsChangeWidthAtSevenBitBoundaries(long value, int width) {
        w.varint(value);
        assertThat(w.size()).isEqualTo(width);
        assertThat(ProtoWriter.varintSize(value)).isEqualTo(width);
        assertThat(decodeVarint(w.toByteArray(), 0)).isEqualTo(value);
    }

    @Test
    void varintsAreLittleEndianGroupsWithContinuationBits() {
        w.varint(300);
        assertThat(w.toByteArray()).containsExactly(bytes(0xAC, 0x02));
    }

    @Test
    void tagsCombineFieldNumberAndWireType() {
        w.tag(1, ProtoWriter.WIRE_LEN);
        w.tag(16, ProtoWriter.WIRE_VARINT);
        assertThat(w.toByteArray()).containsExactly(bytes(0x0A, 0x80, 0x01));
    }

    @Test
    void doublesAreWrittenAsLittleEndianRawBits() {
        w.doubleField(1, 1.0);
        assertThat(w.toByteArray()).containsExactly(bytes(0x09, 0, 0, 0, 0, 0, 0, 0xF0, 0x3F));
    }

    @Test
    void doublesKeepNanPayloads() {
        long staleNaN = 0x7ff0000000000002L;
        w.doubleField(1, Double.longBitsToDouble(staleNaN));
        assertThat(decodeFixed64(w.toByteArray(), 1)).isEqualTo(staleNaN);
    }

    @ParameterizedTest(name = "sint64 {0} zigzags to {1}")
    @CsvSource({"0, 0", "-1, 1", "1, 2", "-2, 3", "2147483647, 4294967294", "-2147483648, 4294967295"})
    void signedFieldsAreZigzagEncoded(long value, long zigzag) {
        w.sint64Field(1, value);
        assertThat(decodeVarint(w.toByteArray(), 1)).isEqualTo(zigzag);
        w.reset();
        w.sint32Field(1, (int) value);
        assertThat(decodeVarint(w.toByteArray(), 1)).isEqualTo(zigzag);
    }

    @ParameterizedTest(name = "a body of {0} bytes has a {1}-byte length")
    @CsvSource({"0, 1", "1, 1", "127, 1", "128, 2", "129, 2", "16383, 2", "16384, 3"})
    void nestedMessageLengthsWidenTheirPrefixWhenNeeded(int bodySize, int prefixSize) {
        w.varint(7); // something before, which must stay put
        int m = w.beginMessage(3);
        byte[] body = new byte[bodySize];
        for (int i = 0; i < bodySize; i++) {
            body[i] = (byte) i;
        }
        w.rawBytes(body, 0, bodySize);
        w.endMessage(m);
        w.varint(9); // something after, written past the widened message

        byte[] out = w.toByteArray();
        assertThat(out).hasSize(1 + 1 + prefixSize + bodySize + 1);
        assertThat(out[0]).isEqualTo((byte) 7);
        assertThat(out[1]).isEqualTo((byte) 0x1A);
        assertThat(decodeVarint(out, 2)).isEqualTo(bodySize);
        assertThat(ProtoWriter.varintSize(bodySize)).isEqualTo(prefixSize);
        byte[] written = java.util.Arrays.copyOfRange(out, 2 + prefixSize, 2 + prefixSize + bodySize);
        assertThat(written).isEqualTo(body);
        assertThat(out[out.length - 1]).isEqualTo((byte) 9);
    }

    @Test
    void innerMessagesWideningInsideOuterOnesKeepBothLengthsRight() {
        int outer = w.beginMessage(1);
        int inner = w.beginMessage(2);
        w.rawBytes(new byte[126], 0, 126);
        w.endMessage(inner); // 126-byte body: inner is 1 + 1 + 126 = 128 bytes
        w.endMessage(outer);

        byte[] out = w.toByteArray();
        assertThat(out).hasSize(1 + 2 + 1 + 1 + 126);
        assertThat(decodeVarint(out, 1)).isEqualTo(128);
        assertThat(out[3]).isEqualTo((byte) 0x12);
        assertThat(decodeVarint(out, 4)).isEqualTo(126);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "ascii", "caf\u00e9", "\u65e5\u672c\u8a9e", "emoji \uD83D\uDE00 end",
        "lone \uD800 high", "lone \uDC00 low", "mixed \u00e9\u20ac\uD83D\uDE00x"})
    void stringsAreUtf8WithTheirByteLength(String s) {
        w.stringField(2, s);
        byte[] expected = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = w.toByteArray();
        assertThat(out[0]).isEqualTo((byte) 0x12);
        assertThat(decodeVarint(out, 1)).isEqualTo(expected.length);
        assertThat(java.util.Arrays.copyOfRange(out, out.length - expected.length, out.length)).isEqualTo(expected);
    }

    @Test
    void longStringsGetMultiByteLengthPrefixes() {
        String s = "\u00e9".repeat(100); // 200 bytes
        w.string(s);
        byte[] out = w.toByteArray();
        assertThat(out).hasSize(2 + 200);
        assertThat(decodeVarint(out, 0)).isEqualTo(200);
    }

    @Test
    void bytesFieldsCarryTheirLength() {
        w.bytesField(4, bytes(1, 2, 3));
        assertThat(w.toByteArray()).containsExactly(bytes(0x22, 3, 1, 2, 3));
    }

    @Test
    void zeroValuesAreSkippedByTheProto3Helpers() {
        w.varintFieldUnlessZero(1, 0);
        w.stringFieldUnlessEmpty(2, "");
        w.packedDoublesField(3, new double[0]);
        assertThat(w.size()).isZero();

        w.varintFieldUnlessZero(1, 5);
        w.stringFieldUnlessEmpty(2, "a");
        assertThat(w.toByteArray()).containsExactly(bytes(0x08, 5, 0x12, 1, 'a'));
    }

    @Test
    void alwaysWrittenFieldsKeepZeroValues() {
        w.varintField(1, 0);
        w.stringField(2, "");
        assertThat(w.toByteArray()).containsExactly(bytes(0x08, 0, 0x12, 0));
    }

    @Test
    void packedDoublesShareOneLengthPrefix() {
        w.packedDoublesField(5, new double[] {1.0, 2.0});
        byte[] out = w.toByteArray();
        assertThat(out).hasSize(2 + 16);
        assertThat(out[0]).isEqualTo((byte) 0x2A);
        assertThat(out[1]).isEqualTo((byte) 16);
        assertThat(Double.longBitsToDouble(decodeFixed64(out, 10))).isEqualTo(2.0);
    }

    @Test
    void reservedBytesCanBeFilledInBigEndianLater() {
        int at = w.reserve(4);
        w.varint(1);
        w.putInt32BigEndian(at, 0x01020304);
        assertThat(w.toByteArray()).containsExactly(bytes(1, 2, 3, 4, 1));
    }

    @Test
    void resetKeepsTheGrownStorage() {
        w.rawBytes(new byte[1000], 0, 1000);
        byte[] grown = w.array();
        w.reset();
        assertThat(w.size()).isZero();
        w.varint(1);
        assertThat(w.array()).isSameAs(grown);
    }

    private static long decodeVarint(byte[] b, int p) {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            byte x = b[p++];
            v |= (long) (x & 0x7F) << shift;
            if (x >= 0) {
                return v;
            }
        }
    }

    private static long decodeFixed64(byte[] b, int p) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[p + i] & 0xFF);
        }
        return v;
    }
}
