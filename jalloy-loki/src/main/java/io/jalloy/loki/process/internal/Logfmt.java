package io.jalloy.loki.process.internal;

/**
 * A logfmt scanner following go-logfmt's rules: keys run to {@code =} or white space, values
 * are bare or double-quoted with Go escapes. It walks the line without allocating; callers read
 * the current key and value through {@link #keyEquals}, {@link #key} and {@link #value}. One
 * instance per thread, reused through {@link #reset}.
 */
public final class Logfmt {
    private String s = "";
    private char[] c = new char[256]; // s's chars: array reads scan ~2x faster than charAt
    private int n;
    private int pos;
    private int keyStart;
    private int keyEnd;
    private int valStart;
    private int valEnd; // -1 when the key has no value
    private boolean quoted;
    private String error;

    public Logfmt reset(String line) {
        s = line;
        n = line.length();
        if (c.length < n) {
            c = new char[Math.max(n, c.length * 2)];
        }
        line.getChars(0, n, c, 0);
        pos = 0;
        error = null;
        return this;
    }

    /** The syntax error that stopped scanning, or null. */
    public String error() {
        return error;
    }

    /** Moves to the next key/value pair; false at the end or on a syntax error. */
    public boolean next() {
        final int n = this.n;
        final char[] c = this.c;
        int p = pos;
        while (p < n && c[p] <= ' ') {
            p++;
        }
        if (p >= n) {
            pos = p;
            return false;
        }
        keyStart = p;
        while (p < n) {
            char ch = c[p];
            if (ch <= ' ' || ch == '=') {
                break;
            }
            if (ch == '"') {
                pos = p;
                error = "logfmt syntax error at pos " + (p + 1) + " on line 1: unexpected '\"'";
                return false;
            }
            p++;
        }
        keyEnd = p;
        if (keyEnd == keyStart) {
            pos = p;
            error = "logfmt syntax error at pos " + (p + 1) + " on line 1: unexpected '='";
            return false;
        }
        if (p >= n || c[p] != '=') {
            pos = p;
            valEnd = -1;
            return true;
        }
        p++; // '='
        if (p < n && c[p] == '"') {
            quoted = true;
            valStart = ++p;
            while (p < n) {
                char ch = c[p];
                if (ch == '\\') {
                    p += 2;
                    continue;
                }
                if (ch == '"') {
                    valEnd = p;
                    pos = p + 1;
                    return true;
                }
                p++;
            }
            pos = p;
            error = "logfmt syntax error at pos " + (n + 1) + " on line 1: unterminated quoted value";
            return false;
        }
        quoted = false;
        valStart = p;
        while (p < n) {
            char ch = c[p];
            if (ch <= ' ') {
                break;
            }
            if (ch == '=' || ch == '"') {
                pos = p;
                error = "logfmt syntax error at pos " + (p + 1) + " on line 1: unexpected '" + ch + "'";
                return false;
            }
            p++;
        }
        valEnd = p;
        pos = p;
        return true;
    }

    /** Whether the current key is {@code k}, without allocating. */
    public boolean keyEquals(String k) {
        int len = keyEnd - keyStart;
        if (len != k.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (c[keyStart + i] != k.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public String key() {
        return s.substring(keyStart, keyEnd);
    }

    /** Whether the current key has a value ({@code k=} has an empty one; bare {@code k} has none). */
    public boolean hasValue() {
        return valEnd >= 0;
    }

    /** The current value, unescaped. */
    public String value() {
        if (valEnd < 0) {
            return "";
        }
        if (!quoted || s.indexOf('\\', valStart) < 0 || s.indexOf('\\', valStart) >= valEnd) {
            return s.substring(valStart, valEnd);
        }
        StringBuilder sb = new StringBuilder(valEnd - valStart);
        for (int i = valStart; i < valEnd; i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= valEnd) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    if (i + 4 < valEnd) {
                        sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }
}
