package io.jalloy.loki.source.file.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How a file's bytes become lines: the newline and carriage-return byte sequences in the file's
 * charset and the decoding of one line. UTF-8 (the default) takes the fast path: a one-byte
 * newline and the JDK's compact-string decoding. A byte-order mark at the start of a file
 * overrides the configured charset, as in Alloy. Immutable.
 */
public final class TextEncoding {
    /** UTF-8, Alloy's default when {@code encoding} is empty. */
    public static final TextEncoding UTF_8 = new TextEncoding(StandardCharsets.UTF_8);

    private static final byte[] BOM_UTF8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final TextEncoding UTF_16LE = new TextEncoding(StandardCharsets.UTF_16LE);
    private static final TextEncoding UTF_16BE = new TextEncoding(StandardCharsets.UTF_16BE);

    private final Charset charset;
    private final byte[] newline;
    private final byte[] carriageReturn;

    private TextEncoding(Charset charset) {
        this.charset = charset;
        this.newline = charset.newEncoder().canEncode('\n') ? "\n".getBytes(charset) : new byte[] {'\n'};
        this.carriageReturn = "\r".getBytes(charset);
    }

    /**
     * The encoding named {@code name} (an IANA name; empty means UTF-8).
     *
     * @throws IllegalArgumentException with Alloy's message when the name is unknown
     */
    public static TextEncoding forName(String name) {
        if (name.isEmpty()) {
            return UTF_8;
        }
        Charset cs;
        try {
            cs = Charset.forName(name);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("failed to get IANA encoding " + name + ": ianaindex: invalid encoding name", e);
        }
        if (cs.equals(StandardCharsets.UTF_8)) {
            return UTF_8;
        }
        if (cs.equals(StandardCharsets.UTF_16)) {
            // Go's IANA "UTF-16" is big-endian unless a byte-order mark says otherwise.
            return UTF_16BE;
        }
        return new TextEncoding(cs);
    }

    /** Whether lines split on a single {@code '\n'} byte and decode as UTF-8: the fast path. */
    public boolean isUtf8() {
        return charset == StandardCharsets.UTF_8;
    }

    /** The newline in this charset's bytes. */
    public byte[] newline() {
        return newline;
    }

    /** The carriage return in this charset's bytes, stripped from line ends. */
    public byte[] carriageReturn() {
        return carriageReturn;
    }

    /** The length of the byte-order mark that {@code head} (the first bytes of a file) starts with, 0 when none. */
    public static int bomLength(byte[] head, int n) {
        if (n >= 3 && head[0] == BOM_UTF8[0] && head[1] == BOM_UTF8[1] && head[2] == BOM_UTF8[2]) {
            return 3;
        }
        if (n >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return 2;
        }
        return 0;
    }

    /** The encoding to use given the file's first bytes: a byte-order mark wins over the configuration. */
    public TextEncoding resolveBom(byte[] head, int n) {
        if (n >= 3 && head[0] == BOM_UTF8[0] && head[1] == BOM_UTF8[1] && head[2] == BOM_UTF8[2]) {
            return UTF_8;
        }
        if (n >= 2 && head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) {
            return UTF_16BE;
        }
        if (n >= 2 && head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) {
            return UTF_16LE;
        }
        return this;
    }

    /** The text of bytes {@code [from, to)}, a trailing carriage return removed. */
    public String decode(byte[] buf, int from, int to) {
        if (charset == StandardCharsets.UTF_8) {
            if (to > from && buf[to - 1] == '\r') {
                to--;
            }
            return new String(buf, from, to - from, StandardCharsets.UTF_8);
        }
        int cr = carriageReturn.length;
        if (to - from >= cr && Arrays.equals(buf, to - cr, to, carriageReturn, 0, cr)) {
            to -= cr;
        }
        return new String(buf, from, to - from, charset);
    }

    @Override
    public String toString() {
        return charset.name();
    }
}
