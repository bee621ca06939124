package io.jalloy.prometheus.scrape.internal;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.internal.exposition.LabelSlices;
import io.jalloy.prometheus.internal.exposition.Series;
import java.util.Arrays;

/**
 * Identifies a known series by its final {@link Labels} instead of a copy of its exposition bytes:
 * for each exposition label (the metric name first) the position in the final labels that holds
 * it, one byte each. A series whose exposition is plain ASCII and whose labels all reach the final
 * set unchanged (no escapes, no empty values, no {@code exported_} renames) costs a few bytes to
 * confirm instead of a ~200-byte key; any other falls back to {@link
 * io.jalloy.prometheus.internal.exposition.SeriesKey}. Stateless; callers are scrape loop threads.
 */
final class LabelOrder {
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[128]);

    private LabelOrder() {}

    /** The positions of {@code s}'s name and labels in {@code labels}, or null when not representable. */
    static byte[] of(Series s, Labels labels) {
        LabelSlices l = s.labels();
        if (s.nameEscaped() || l.count() + 1 > 255 || labels.size() > 255) {
            return null;
        }
        byte[] order = new byte[l.count() + 1];
        int name = labels.indexOf("__name__");
        if (name < 0 || !equalsAscii(s.nameBuffer(), s.nameOffset(), s.nameLength(), labels.value(name))) {
            return null;
        }
        order[0] = (byte) name;
        for (int i = 0; i < l.count(); i++) {
            if (l.escaped(i)) {
                return null;
            }
            int slot = find(l, i, labels);
            if (slot < 0) {
                return null;
            }
            order[i + 1] = (byte) slot;
        }
        return order;
    }

    /** Whether {@code s} has exactly the labels {@code order} points at; allocation-free. */
    static boolean matches(Series s, Labels labels, byte[] order) {
        LabelSlices l = s.labels();
        byte[] scratch = SCRATCH.get();
        if (l.count() + 1 != order.length || s.nameEscaped()
                || !equalsKnownAscii(s.nameBuffer(), s.nameOffset(), s.nameLength(), labels.value(order[0] & 0xFF),
                        scratch)) {
            return false;
        }
        for (int i = 0; i < l.count(); i++) {
            int slot = order[i + 1] & 0xFF;
            if (l.escaped(i)
                    || !equalsKnownAscii(l.valueBuffer(i), l.valueOffset(i), l.valueLength(i), labels.value(slot),
                            scratch)
                    || !equalsKnownAscii(l.nameBuffer(i), l.nameOffset(i), l.nameLength(i), labels.name(slot),
                            scratch)) {
                return false;
            }
        }
        return true;
    }

    private static int find(LabelSlices l, int i, Labels labels) {
        for (int j = 0; j < labels.size(); j++) {
            if (equalsAscii(l.nameBuffer(i), l.nameOffset(i), l.nameLength(i), labels.name(j))) {
                return equalsAscii(l.valueBuffer(i), l.valueOffset(i), l.valueLength(i), labels.value(j)) ? j : -1;
            }
        }
        return -1;
    }

    /** Whether the bytes are the ASCII text {@code s}; a non-ASCII byte (negative) never equals a char. */
    private static boolean equalsAscii(byte[] b, int off, int len, String s) {
        if (s.length() != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (b[off + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * As {@link #equalsAscii} for a string known to be ASCII (every label of an entry built by
     * {@link #of} is): the string's low bytes are copied in bulk and compared with one vectorised
     * mismatch instead of a bounds-checked loop over chars.
     */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is exactly the bulk Latin-1 copy wanted here
    private static boolean equalsKnownAscii(byte[] b, int off, int len, String s, byte[] scratch) {
        if (s.length() != len) {
            return false;
        }
        if (len > scratch.length) {
            return equalsAscii(b, off, len, s);
        }
        s.getBytes(0, len, scratch, 0);
        return Arrays.equals(b, off, off + len, scratch, 0, len);
    }
}
