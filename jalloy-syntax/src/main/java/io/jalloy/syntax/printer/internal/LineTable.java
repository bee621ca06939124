package io.jalloy.syntax.printer.internal;

import io.jalloy.syntax.token.SourceFile;

/**
 * Maps byte offsets of one source to 1-based lines and byte columns. The printer asks for
 * offsets in nearly increasing order, so the last answer is tried before a binary search.
 * Confined to the thread that prints.
 */
final class LineTable {
    private final int[] starts;
    private final int count;
    private int hint;
    private int other;

    LineTable(SourceFile src) {
        int n = src.lineCount();
        int[] s = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = src.lineStart(i + 1);
        }
        this.starts = s;
        this.count = n;
    }

    /**
     * The 0-based index of the line holding {@code offset} (non-negative). The walker alternates
     * between a node's start and its end, so the two most recent answers are tried first.
     */
    int index(int offset) {
        int h = hint;
        if (holds(h, offset)) {
            return h;
        }
        int o = other;
        if (holds(o, offset)) {
            other = h;
            hint = o;
            return o;
        }
        int lo;
        int hi;
        if (starts[h] <= offset) {
            // Forward from the hint by doubling steps: the usual case when walking in source order.
            lo = h + 1;
            int step = 1;
            while (lo + step < count && starts[lo + step] <= offset) {
                lo += step;
                step <<= 1;
            }
            hi = Math.min(lo + step, count - 1);
        } else {
            lo = 0;
            hi = h;
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        other = h;
        hint = lo;
        return lo;
    }

    private boolean holds(int line, int offset) {
        return starts[line] <= offset && (line + 1 == count || starts[line + 1] > offset);
    }

    /** The offset where the line of the given 0-based index starts. */
    int start(int index) {
        return starts[index];
    }

    /** The 1-based line of an offset, 0 for a negative (absent) offset. */
    int line(int offset) {
        return offset < 0 ? 0 : index(offset) + 1;
    }
}
