package io.jalloy.prometheus.internal.remotewrite;

import static io.jalloy.prometheus.internal.remotewrite.RemoteWriteProtocol.LABEL_NAME;
import static io.jalloy.prometheus.internal.remotewrite.RemoteWriteProtocol.LABEL_VALUE;

import io.jalloy.common.protobuf.ProtoWriter;

/**
 * The encoded {@code Label} messages of recently sent label pairs, so that the labels of every
 * sample (the bulk of a remote-write request) are copied rather than re-encoded from strings.
 * Direct-mapped by the strings' cached hash codes and confirmed by identity (label strings are
 * interned, so equal pairs are usually the same instances); entries live in one flat array, so a
 * miss costs an encode and no allocation. Confined to one encoder's thread.
 */
final class LabelPairCache {
    private static final int SLOTS = 2048; // power of two
    private static final int WIDTH = 96; // bytes per slot; longer pairs are encoded every time

    private final String[] names = new String[SLOTS];
    private final String[] values = new String[SLOTS];
    private final byte[] bytes = new byte[SLOTS * WIDTH];
    private final int[] lengths = new int[SLOTS];
    private final ProtoWriter scratch = new ProtoWriter(WIDTH * 2);

    /** Writes one {@code field} (a Label message) for the pair into {@code out}. */
    void write(ProtoWriter out, int field, String name, String value) {
        int slot = ((name.hashCode() * 31 + value.hashCode()) * 0x9E3779B9 >>> 21) & (SLOTS - 1);
        if (names[slot] == name && values[slot] == value) {
            out.rawBytes(bytes, slot * WIDTH, lengths[slot]);
            return;
        }
        scratch.reset();
        int m = scratch.beginMessage(field);
        scratch.stringField(LABEL_NAME, name);
        scratch.stringField(LABEL_VALUE, value);
        scratch.endMessage(m);
        int n = scratch.size();
        out.rawBytes(scratch.array(), 0, n);
        if (n <= WIDTH) {
            System.arraycopy(scratch.array(), 0, bytes, slot * WIDTH, n);
            lengths[slot] = n;
            names[slot] = name;
            values[slot] = value;
        }
    }
}
