package io.jalloy.syntax.stdlib.internal;

import java.nio.charset.StandardCharsets;

/** The flags, width and precision of one Go format verb, and the padding rules that use them. */
final class GoFormatFlags {
    boolean plus;
    boolean minus;
    boolean sharp;
    boolean sharpV;
    boolean space;
    boolean zero;
    boolean widPresent;
    boolean precPresent;
    int wid;
    int prec;

    void clear() {
        plus = minus = sharp = sharpV = space = zero = widPresent = precPresent = false;
        wid = prec = 0;
    }

    void writePadding(StringBuilder buf, int n) {
        char pad = zero && !minus ? '0' : ' ';
        for (int i = 0; i < n; i++) {
            buf.append(pad);
        }
    }

    /** Pads {@code s} to the width, counted in code points as Go counts runes. */
    void padString(StringBuilder buf, String s) {
        if (!widPresent || wid == 0) {
            buf.append(s);
            return;
        }
        int width = wid - s.codePointCount(0, s.length());
        if (!minus) {
            writePadding(buf, width);
            buf.append(s);
        } else {
            buf.append(s);
            writePadding(buf, width);
        }
    }

    private String truncate(String s) {
        if (precPresent) {
            int n = s.codePointCount(0, s.length());
            if (prec < n) {
                return s.substring(0, s.offsetByCodePoints(0, prec));
            }
        }
        return s;
    }

    void fmtS(StringBuilder buf, String s) {
        padString(buf, truncate(s));
    }

    void fmtQ(StringBuilder buf, String s) {
        s = truncate(s);
        if (sharp && GoQuote.canBackquote(s)) {
            padString(buf, "`" + s + "`");
        } else {
            padString(buf, GoQuote.quote(s, plus));
        }
    }

    void fmtSx(StringBuilder buf, String s, boolean upper) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        String digits = upper ? "0123456789ABCDEFX" : "0123456789abcdefx";
        int length = b.length;
        if (precPresent && prec < length) {
            length = prec;
        }
        int width = 2 * length;
        if (width > 0) {
            if (space) {
                if (sharp) {
                    width *= 2;
                }
                width += length - 1;
            } else if (sharp) {
                width += 2;
            }
        } else {
            if (widPresent) {
                writePadding(buf, wid);
            }
            return;
        }
        if (widPresent && wid > width && !minus) {
            writePadding(buf, wid - width);
        }
        if (sharp) {
            buf.append('0').append(digits.charAt(16));
        }
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                buf.append(' ');
                if (sharp) {
                    buf.append('0').append(digits.charAt(16));
                }
            }
            int c = b[i] & 0xff;
            buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xf));
        }
        if (widPresent && wid > width && minus) {
            writePadding(buf, wid - width);
        }
    }

    void fmtInteger(StringBuilder buf, long u, int base, boolean signed, int verb, boolean upper) {
        boolean negative = signed && u < 0;
        if (negative) {
            u = -u;
        }
        int precision = 0;
        if (precPresent) {
            precision = prec;
            if (precision == 0 && u == 0) {
                boolean oldZero = zero;
                zero = false;
                writePadding(buf, wid);
                zero = oldZero;
                return;
            }
        } else if (zero && !minus && widPresent) {
            precision = wid;
            if (negative || plus || space) {
                precision--;
            }
        }
        String digits = Long.toUnsignedString(u, base);
        if (upper) {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        StringBuilder num = new StringBuilder();
        for (int i = digits.length(); i < precision; i++) {
            num.append('0');
        }
        num.append(digits);
        if (sharp) {
            switch (base) {
                case 2 -> num.insert(0, "0b");
                case 8 -> {
                    if (num.charAt(0) != '0') {
                        num.insert(0, '0');
                    }
                }
                case 16 -> num.insert(0, upper ? "0X" : "0x");
                default -> { }
            }
        }
        if (verb == 'O') {
            num.insert(0, "0o");
        }
        if (negative) {
            num.insert(0, '-');
        } else if (plus) {
            num.insert(0, '+');
        } else if (space) {
            num.insert(0, ' ');
        }
        boolean oldZero = zero;
        zero = false;
        padString(buf, num.toString());
        zero = oldZero;
    }

    void fmtUnicode(StringBuilder buf, long u) {
        String hex = Long.toUnsignedString(u, 16).toUpperCase(java.util.Locale.ROOT);
        int precision = precPresent && prec > 4 ? prec : 4;
        StringBuilder s = new StringBuilder("U+");
        for (int i = hex.length(); i < precision; i++) {
            s.append('0');
        }
        s.append(hex);
        if (sharp && u >= 0 && u <= Character.MAX_CODE_POINT && GoQuote.isPrint((int) u)) {
            s.append(" '").appendCodePoint((int) u).append('\'');
        }
        boolean oldZero = zero;
        zero = false;
        padString(buf, s.toString());
        zero = oldZero;
    }

    void fmtFloat(StringBuilder buf, double v, char verb, int defaultPrec) {
        // Precision applies to the decimal formats only; hexadecimal and binary print in full.
        int p = precPresent && "bxX".indexOf(verb) < 0 ? prec : defaultPrec;
        StringBuilder num = new StringBuilder("+");
        GoNumbers.appendFloat(num, v, verb, p);
        if (num.charAt(1) == '-' || num.charAt(1) == '+') {
            num.deleteCharAt(0);
        }
        if (space && num.charAt(0) == '+' && !plus) {
            num.setCharAt(0, ' ');
        }
        if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
            boolean oldZero = zero;
            zero = false;
            if (num.charAt(1) == 'N' && !space && !plus) {
                num.deleteCharAt(0);
            }
            padString(buf, num.toString());
            zero = oldZero;
            return;
        }
        if (plus || num.charAt(0) != '+') {
            if (zero && !minus && widPresent && wid > num.length()) {
                buf.append(num.charAt(0));
                writePadding(buf, wid - num.length());
                buf.append(num, 1, num.length());
                return;
            }
            padString(buf, num.toString());
            return;
        }
        padString(buf, num.substring(1));
    }
}
