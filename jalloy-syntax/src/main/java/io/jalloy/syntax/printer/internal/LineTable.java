package io.jalloy.syntax.printer.internal;

/**
 * Maps byte offsets of one source to 1-based lines and byte columns. The printer asks for
 * offsets in nearly increasing order, so the last answer is tried before a binary search.
 * Confined to the thread that prints.
 */
final class LineTable {
    private final int[] starts;
    private final int count;
    private int hint;

    LineTable(byte[] content) {
        int[] s = new int[Math.max(16, content.length / 24)];
        int n = 1;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                if (n == s.length) {
                    s = java.util.Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = s;
        this.count = n;
    }

    /** The 0-based index of the line holding {@code offset}; offset must be non-negative. */
    private int index(int offset) {
        int h = hint;
        if (starts[h] <= offset && (h + 1 == count || starts[h + 1] > offset)) {
            return h;
        }
        if (h + 1 < count && starts[h + 1] <= offset && (h + 2 == count || starts[h + 2] > offset)) {
            hint = h + 1;
            return h + 1;
        }
        int lo = 0;
        int hi = count - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        hint = lo;
        return lo;
    }

    /** The 1-based line of an offset, 0 for a negative (absent) offset. */
    int line(int offset) {
        return offset < 0 ? 0 : index(offset) + 1;
    }

    /** The 1-based byte column of an offset, 0 for a negative (absent) offset. */
    int column(int offset) {
        return offset < 0 ? 0 : offset - starts[index(offset)] + 1;
    }
}
