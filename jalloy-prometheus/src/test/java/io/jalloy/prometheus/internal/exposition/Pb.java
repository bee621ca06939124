package io.jalloy.prometheus.internal.exposition;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A minimal protobuf writer for building MetricFamily test inputs by field number. */
final class Pb {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static Pb msg() {
        return new Pb();
    }

    Pb string(int field, String s) {
        return bytes(field, s.getBytes(StandardCharsets.UTF_8));
    }

    Pb bytes(int field, byte[] v) {
        key(field, 2);
        raw(v.length);
        out.writeBytes(v);
        return this;
    }

    Pb varint(int field, long v) {
        key(field, 0);
        raw(v);
        return this;
    }

    Pb sint(int field, long v) {
        return varint(field, (v << 1) ^ (v >> 63));
    }

    Pb dbl(int field, double d) {
        key(field, 1);
        fixed(Double.doubleToRawLongBits(d));
        return this;
    }

    Pb msg(int field, Pb m) {
        return bytes(field, m.bytes());
    }

    Pb packedSint(int field, long... values) {
        Pb inner = new Pb();
        for (long v : values) {
            inner.raw((v << 1) ^ (v >> 63));
        }
        return bytes(field, inner.bytes());
    }

    Pb packedDouble(int field, double... values) {
        Pb inner = new Pb();
        for (double d : values) {
            inner.fixed(Double.doubleToRawLongBits(d));
        }
        return bytes(field, inner.bytes());
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    static byte[] delimited(Pb... messages) {
        Pb all = new Pb();
        for (Pb m : messages) {
            byte[] b = m.bytes();
            all.raw(b.length);
            all.out.writeBytes(b);
        }
        return all.bytes();
    }

    static Pb label(String name, String value) {
        return msg().string(1, name).string(2, value);
    }

    static Pb timestamp(long seconds, int nanos) {
        return msg().varint(1, seconds).varint(2, nanos);
    }

    private void key(int field, int wire) {
        raw(((long) field << 3) | wire);
    }

    private void raw(long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private void fixed(long v) {
        for (int k = 0; k < 8; k++) {
            out.write((int) (v >>> (8 * k)) & 0xFF);
        }
    }
}
