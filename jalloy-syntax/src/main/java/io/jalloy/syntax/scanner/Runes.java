package io.jalloy.syntax.scanner;

/**
 * Code point helpers with Go's semantics (utf8.DecodeRune, unicode.IsLetter/IsDigit, strconv.IsPrint,
 * the {@code %#U} verb), so the scanner classifies and reports characters exactly as Alloy does.
 * Stateless; any thread.
 */
final class Runes {
    /** Go's utf8.RuneError, returned for any invalid encoding. */
    static final int RUNE_ERROR = 0xFFFD;
    static final int BOM = 0xFEFF;
    static final int MAX_RUNE = 0x10FFFF;

    private Runes() {}

    /**
     * Decodes the code point starting at {@code i}, packing it as {@code (width << 24) | rune}. Invalid
     * encodings (including surrogates and overlong forms) yield RuneError with width 1, as in Go.
     */
    static int decode(byte[] b, int i, int end) {
        int b0 = b[i] & 0xFF;
        if (b0 < 0x80) {
            return (1 << 24) | b0;
        }
        int invalid = (1 << 24) | RUNE_ERROR;
        if (b0 < 0xC2 || b0 > 0xF4) {
            return invalid;
        }
        if (i + 1 >= end) {
            return invalid;
        }
        int b1 = b[i + 1] & 0xFF;
        if (b0 < 0xE0) {
            return isCont(b1) ? (2 << 24) | ((b0 & 0x1F) << 6) | (b1 & 0x3F) : invalid;
        }
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 == 0xE0) {
            lo = 0xA0;
        } else if (b0 == 0xED) {
            hi = 0x9F;
        } else if (b0 == 0xF0) {
            lo = 0x90;
        } else if (b0 == 0xF4) {
            hi = 0x8F;
        }
        if (b1 < lo || b1 > hi || i + 2 >= end) {
            return invalid;
        }
        int b2 = b[i + 2] & 0xFF;
        if (!isCont(b2)) {
            return invalid;
        }
        if (b0 < 0xF0) {
            return (3 << 24) | ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
        }
        if (i + 3 >= end) {
            return invalid;
        }
        int b3 = b[i + 3] & 0xFF;
        if (!isCont(b3)) {
            return invalid;
        }
        return (4 << 24) | ((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F);
    }

    private static boolean isCont(int b) {
        return (b & 0xC0) == 0x80;
    }

    /** Letters (any Unicode letter) and underscore start identifiers. */
    static boolean isLetter(int ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_'
                || (ch >= 0x80 && Character.isLetter(ch));
    }

    static boolean isDecimal(int ch) {
        return ch >= '0' && ch <= '9';
    }

    /** Decimal digits of any script continue identifiers. */
    static boolean isDigit(int ch) {
        return isDecimal(ch) || (ch >= 0x80 && Character.isDigit(ch));
    }

    /** Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    static boolean isPrint(int ch) {
        if (ch < 0x80) {
            return ch >= 0x20 && ch < 0x7F;
        }
        return switch (Character.getType(ch)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                 Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** Go's {@code %#U}: {@code U+0041 'A'}, or just {@code U+0007} when not printable. */
    static String describe(int ch) {
        StringBuilder sb = new StringBuilder(12).append("U+");
        String hex = Integer.toHexString(ch).toUpperCase(java.util.Locale.ROOT);
        for (int i = hex.length(); i < 4; i++) {
            sb.append('0');
        }
        sb.append(hex);
        if (isPrint(ch)) {
            sb.append(" '").appendCodePoint(ch).append('\'');
        }
        return sb.toString();
    }

    /** Value of a hex digit, or 16 when {@code ch} is not one. */
    static int digitVal(int ch) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        int l = ch | 0x20;
        if (l >= 'a' && l <= 'f') {
            return l - 'a' + 10;
        }
        return 16;
    }
}
