package io.jalloy.prometheus.internal.exposition;

import java.nio.charset.StandardCharsets;

/**
 * A reusable list of label name/value pairs, each a byte range of some buffer (usually the scraped
 * body itself), so that a caller can hash or compare labels without allocating. Owned by one parser
 * and overwritten on every sample; copy what must outlive the callback.
 */
public final class LabelSlices {
    private byte[][] nameBuf = new byte[8][];
    private int[] nameOff = new int[8];
    private int[] nameLen = new int[8];
    private byte[][] valueBuf = new byte[8][];
    private int[] valueOff = new int[8];
    private int[] valueLen = new int[8];
    private boolean[] escaped = new boolean[8];
    private int count;

    /** Number of labels, in exposition order (not sorted). */
    public int count() {
        return count;
    }

    public byte[] nameBuffer(int i) {
        return nameBuf[i];
    }

    public int nameOffset(int i) {
        return nameOff[i];
    }

    public int nameLength(int i) {
        return nameLen[i];
    }

    public byte[] valueBuffer(int i) {
        return valueBuf[i];
    }

    public int valueOffset(int i) {
        return valueOff[i];
    }

    public int valueLength(int i) {
        return valueLen[i];
    }

    /**
     * Whether the raw name or value bytes of label {@code i} contain text-format escapes
     * ({@code \\}, {@code \"}, {@code \n}); when false the raw bytes are the label's UTF-8 text.
     */
    public boolean escaped(int i) {
        return escaped[i];
    }

    /** The label name, unescaped; allocates, so meant for slow paths and tests. */
    public String name(int i) {
        return Escapes.decode(nameBuf[i], nameOff[i], nameLen[i], escaped[i]);
    }

    /** The label value, unescaped; allocates, so meant for slow paths and tests. */
    public String value(int i) {
        return Escapes.decode(valueBuf[i], valueOff[i], valueLen[i], escaped[i]);
    }

    /** Index of the first label whose raw name equals {@code name} (ASCII), or -1. */
    public int indexOf(byte[] name) {
        for (int i = 0; i < count; i++) {
            if (Bytes.equal(nameBuf[i], nameOff[i], nameLen[i], name, 0, name.length)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Folds every name and value, as decoded text, into a running FNV-1a hash, separated so that
     * boundaries count; equal label sets hash alike whatever format or escaping carried them.
     */
    public long hash(long h) {
        for (int i = 0; i < count; i++) {
            if (escaped[i]) {
                h = Escapes.fnvDecoded(h, nameBuf[i], nameOff[i], nameLen[i]);
                h = (h ^ 0xFF) * Bytes.FNV_PRIME;
                h = Escapes.fnvDecoded(h, valueBuf[i], valueOff[i], valueLen[i]);
            } else {
                h = Bytes.fnv(h, nameBuf[i], nameOff[i], nameLen[i]);
                h = (h ^ 0xFF) * Bytes.FNV_PRIME;
                h = Bytes.fnv(h, valueBuf[i], valueOff[i], valueLen[i]);
            }
            h = (h ^ 0xFE) * Bytes.FNV_PRIME;
        }
        return h;
    }

    void clear() {
        count = 0;
    }

    void setValue(int i, byte[] vb, int vo, int vl) {
        valueBuf[i] = vb;
        valueOff[i] = vo;
        valueLen[i] = vl;
        escaped[i] = false;
    }

    void truncate(int n) {
        count = n;
    }

    void add(byte[] nb, int no, int nl, byte[] vb, int vo, int vl, boolean esc) {
        if (count == nameOff.length) {
            grow();
        }
        nameBuf[count] = nb;
        nameOff[count] = no;
        nameLen[count] = nl;
        valueBuf[count] = vb;
        valueOff[count] = vo;
        valueLen[count] = vl;
        escaped[count] = esc;
        count++;
    }

    private void grow() {
        int n = nameOff.length * 2;
        nameBuf = java.util.Arrays.copyOf(nameBuf, n);
        nameOff = java.util.Arrays.copyOf(nameOff, n);
        nameLen = java.util.Arrays.copyOf(nameLen, n);
        valueBuf = java.util.Arrays.copyOf(valueBuf, n);
        valueOff = java.util.Arrays.copyOf(valueOff, n);
        valueLen = java.util.Arrays.copyOf(valueLen, n);
        escaped = java.util.Arrays.copyOf(escaped, n);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(name(i)).append("=\"").append(value(i)).append('"');
        }
        return sb.append('}').toString();
    }

    static String utf8(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.UTF_8);
    }
}
