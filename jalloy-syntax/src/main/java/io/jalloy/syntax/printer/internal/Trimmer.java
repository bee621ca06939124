package io.jalloy.syntax.printer.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The final output stage: drops blanks and tabs before each line end, removes the {@code 0xFF}
 * markers while passing the text between them through untouched, and turns {@code \v} into a
 * tab and {@code \f} into a newline. Blanks are written eagerly and taken back when a line ends.
 */
final class Trimmer {
    private byte[] out;
    private int len;
    private int pendingStart = -1;
    private boolean escaped;

    Trimmer(int capacity) {
        out = new byte[Math.max(16, capacity)];
    }

    /** Writes one cell's text: it holds no tab or line end outside its escaped runs. */
    void write(byte[] src, int off, int n) {
        ensure(n);
        byte[] o = out;
        int l = len;
        for (int i = off, end = off + n; i < end; i++) {
            byte b = src[i];
            if (escaped || b == ' ' || b == Emitter.ESCAPE) {
                len = l;
                put(b);
                l = len;
            } else {
                pendingStart = -1;
                o[l++] = b;
            }
        }
        len = l;
    }

    /**
     * Writes a cell's text that holds no escaped run, so its only white space is blanks: copied
     * whole, with any blanks at its end left pending.
     */
    void writePlain(byte[] src, int off, int n) {
        ensure(n);
        int begin = len;
        System.arraycopy(src, off, out, begin, n);
        len = begin + n;
        int k = 0;
        while (k < n && src[off + n - 1 - k] == ' ') {
            k++;
        }
        if (k < n) {
            pendingStart = k == 0 ? -1 : len - k;
        } else if (pendingStart < 0) {
            pendingStart = begin;
        }
    }

    void write(byte b) {
        ensure(1);
        put(b);
    }

    void repeat(byte b, int n) {
        if (n <= 0) {
            return;
        }
        ensure(n);
        if (!escaped && (b == ' ' || b == '\t')) {
            // Padding: pending until text follows on the line.
            if (pendingStart < 0) {
                pendingStart = len;
            }
            Arrays.fill(out, len, len + n, b);
            len += n;
            return;
        }
        for (int i = 0; i < n; i++) {
            put(b);
        }
    }

    private void put(byte b) {
        if (escaped) {
            if (b == Emitter.ESCAPE) {
                escaped = false;
            } else {
                out[len++] = b;
            }
            return;
        }
        switch (b) {
            case ' ', '\t', 0x0b -> {
                if (pendingStart < 0) {
                    pendingStart = len;
                }
                out[len++] = b == ' ' ? (byte) ' ' : (byte) '\t';
            }
            case '\n', '\f' -> {
                if (pendingStart >= 0) {
                    len = pendingStart;
                    pendingStart = -1;
                }
                out[len++] = '\n';
            }
            case Emitter.ESCAPE -> {
                pendingStart = -1;
                escaped = true;
            }
            default -> {
                pendingStart = -1;
                out[len++] = b;
            }
        }
    }

    private void ensure(int n) {
        if (len + n > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, len + n));
        }
    }

    /** The output so far as text. */
    String text() {
        return new String(out, 0, len, StandardCharsets.UTF_8);
    }

    /** The output so far as UTF-8 bytes (a copy). */
    byte[] bytes() {
        return Arrays.copyOf(out, len);
    }
}
