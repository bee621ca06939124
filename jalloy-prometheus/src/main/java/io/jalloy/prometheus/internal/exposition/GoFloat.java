package io.jalloy.prometheus.internal.exposition;

import java.nio.charset.StandardCharsets;

/**
 * Parses sample values with Go's {@code strconv.ParseFloat} syntax minus what Prometheus rejects
 * (hex floats and underscores), straight from bytes. Short decimals take an exact, allocation-free
 * path; long ones fall back to the JDK. One instance per parser; after a failed parse
 * {@link #error} holds Prometheus's wording.
 */
final class GoFloat {
    /** Prometheus's canonical NaN (value.NormalNaN). */
    static final double NORMAL_NAN = Double.longBitsToDouble(0x7ff8000000000001L);
    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    String error;

    /** Parses {@code len} bytes at {@code off}; on failure returns 0 and sets {@link #error}. */
    double parse(byte[] b, int off, int len) {
        error = null;
        int end = off + len;
        for (int k = off; k < end; k++) {
            byte c = b[k];
            if (c == 'p' || c == 'P' || c == '_') {
                error = "unsupported character in float";
                return 0;
            }
        }
        if (len == 0) {
            return syntax(b, off, len);
        }
        int k = off;
        boolean neg = false;
        if (b[k] == '+' || b[k] == '-') {
            neg = b[k] == '-';
            k++;
        }
        if (k < end) {
            int c = b[k] | 0x20;
            if (c == 'i' || c == 'n') {
                return special(b, off, len, k, neg);
            }
        }
        long mant = 0;
        int digits = 0;
        int dropped = 0;
        int exp10 = 0;
        boolean sawDigit = false;
        boolean sawDot = false;
        for (; k < end; k++) {
            int c = b[k];
            if (c >= '0' && c <= '9') {
                sawDigit = true;
                if (mant == 0 && c == '0') {
                    if (sawDot) {
                        exp10--;
                    }
                    continue;
                }
                if (digits < 19) {
                    mant = mant * 10 + (c - '0');
                    digits++;
                    if (sawDot) {
                        exp10--;
                    }
                } else {
                    dropped++;
                    if (!sawDot) {
                        exp10++;
                    }
                }
            } else if (c == '.' && !sawDot) {
                sawDot = true;
            } else {
                break;
            }
        }
        if (!sawDigit) {
            return syntax(b, off, len);
        }
        if (k < end && (b[k] == 'e' || b[k] == 'E')) {
            k++;
            boolean eneg = false;
            if (k < end && (b[k] == '+' || b[k] == '-')) {
                eneg = b[k] == '-';
                k++;
            }
            if (k >= end) {
                return syntax(b, off, len);
            }
            int e = 0;
            for (; k < end; k++) {
                int c = b[k];
                if (c < '0' || c > '9') {
                    return syntax(b, off, len);
                }
                if (e < 100000) {
                    e = e * 10 + (c - '0');
                }
            }
            exp10 += eneg ? -e : e;
        }
        if (k != end) {
            return syntax(b, off, len);
        }
        double v;
        if (mant == 0) {
            v = 0;
        } else if (dropped == 0 && digits <= 15 && exp10 >= -22 && exp10 <= 22) {
            v = exp10 >= 0 ? (double) mant * POW10[exp10] : (double) mant / POW10[-exp10];
        } else {
            v = Math.abs(Double.parseDouble(new String(b, off, len, StandardCharsets.ISO_8859_1)));
        }
        if (Double.isInfinite(v)) {
            error = "strconv.ParseFloat: parsing " + GoText.quote(b, off, end) + ": value out of range";
            return 0;
        }
        return neg ? -v : v;
    }

    private double special(byte[] b, int off, int len, int k, boolean neg) {
        int n = off + len - k;
        if (equalsIgnoreCase(b, k, n, "inf") || equalsIgnoreCase(b, k, n, "infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        // Go accepts a sign before Inf but not before NaN.
        if (k == off && equalsIgnoreCase(b, k, n, "nan")) {
            return NORMAL_NAN;
        }
        return syntax(b, off, len);
    }

    private static boolean equalsIgnoreCase(byte[] b, int k, int n, String word) {
        if (n != word.length()) {
            return false;
        }
        for (int j = 0; j < n; j++) {
            if ((b[k + j] | 0x20) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private double syntax(byte[] b, int off, int len) {
        error = "strconv.ParseFloat: parsing " + GoText.quote(b, off, off + len) + ": invalid syntax";
        return 0;
    }

    /**
     * Parses a text-format timestamp ({@code [0-9]+} already checked by the lexer) as Go's
     * {@code strconv.ParseInt(s, 10, 64)}; on overflow returns 0 and sets {@link #error}.
     */
    long parseInt(byte[] b, int off, int len) {
        error = null;
        long v = 0;
        for (int k = off; k < off + len; k++) {
            int d = b[k] - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                error = "strconv.ParseInt: parsing " + GoText.quote(b, off, off + len) + ": value out of range";
                return 0;
            }
            v = v * 10 + d;
        }
        return v;
    }
}
