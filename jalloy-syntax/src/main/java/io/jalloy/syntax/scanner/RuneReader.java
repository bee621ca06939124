package io.jalloy.syntax.scanner;

/**
 * The scanner's reading layer: walks UTF-8 bytes one code point at a time and reports bad input
 * (NUL, invalid encoding, a byte order mark after the start) where Alloy reports it. ASCII takes
 * a branch-light fast path. Single-threaded, like the scanner built on it.
 */
abstract sealed class RuneReader permits Scanner {
    static final int EOF = -1;

    final byte[] src;
    final int len;
    private final Scanner.ErrorHandler errors;

    /** The current code point (EOF at the end), its offset, and the offset of the one after it. */
    int ch;
    int offset;
    int readOffset;
    int numErrors;

    RuneReader(byte[] src, Scanner.ErrorHandler errors) {
        this.src = src;
        this.len = src.length;
        this.errors = errors;
    }

    final void next() {
        if (readOffset >= len) {
            offset = len;
            ch = EOF;
            return;
        }
        offset = readOffset;
        int r = src[readOffset];
        if (r > 0) {
            readOffset++;
            ch = r;
            return;
        }
        int width = 1;
        if (r == 0) {
            error(offset, "illegal character NUL");
        } else {
            int packed = Runes.decode(src, readOffset, len);
            r = packed & 0xFFFFFF;
            width = packed >>> 24;
            if (r == Runes.RUNE_ERROR && width == 1) {
                error(offset, "illegal UTF-8 encoding");
            } else if (r == Runes.BOM && offset > 0) {
                error(offset, "illegal byte order mark");
            }
        }
        readOffset += width;
        ch = r;
    }

    /** The byte after the current code point, or 0 at the end. */
    final int peek() {
        return readOffset < len ? src[readOffset] & 0xFF : 0;
    }

    final void error(int at, String message) {
        numErrors++;
        if (errors != null) {
            errors.error(at, message);
        }
    }
}
