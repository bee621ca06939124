package io.jalloy.loki.process.internal;

/**
 * A logfmt scanner following go-logfmt's rules: keys run to {@code =} or white space, values
 * are bare or double-quoted with Go escapes. It walks the line without allocating; callers read
 * the current key and value through {@link #keyEquals}, {@link #key} and {@link #value}. One
 * instance per thread, reused through {@link #reset}.
 */
public final class Logfmt {
    private String s = "";
    private int pos;
    private int keyStart;
    private int keyEnd;
    private int valStart;
    private int valEnd; // -1 when the key has no value
    private boolean quoted;
    private String error;

    public Logfmt reset(String line) {
        s = line;
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
        int n = s.length();
        while (pos < n && s.charAt(pos) <= ' ') {
            pos++;
        }
        if (pos >= n) {
            return false;
        }
        keyStart = pos;
        while (pos < n) {
            char c = s.charAt(pos);
            if (c <= ' ' || c == '=') {
                break;
            }
            if (c == '"') {
                error = "logfmt syntax error at pos " + (pos + 1) + " on line 1: unexpected '\"'";
                return false;
            }
            pos++;
        }
        keyEnd = pos;
        if (keyEnd == keyStart) {
            error = "logfmt syntax error at pos " + (pos + 1) + " on line 1: unexpected '='";
            return false;
        }
        if (pos >= n || s.charAt(pos) != '=') {
            valEnd = -1;
            return true;
        }
        pos++; // '='
        if (pos < n && s.charAt(pos) == '"') {
            quoted = true;
            valStart = ++pos;
            while (pos < n) {
                char c = s.charAt(pos);
                if (c == '\\') {
                    pos += 2;
                    continue;
                }
                if (c == '"') {
                    valEnd = pos++;
                    return true;
                }
                pos++;
            }
            error = "logfmt syntax error at pos " + (n + 1) + " on line 1: unterminated quoted value";
            return false;
        }
        quoted = false;
        valStart = pos;
        while (pos < n) {
            char c = s.charAt(pos);
            if (c <= ' ') {
                break;
            }
            if (c == '=' || c == '"') {
                error = "logfmt syntax error at pos " + (pos + 1) + " on line 1: unexpected '" + c + "'";
                return false;
            }
            pos++;
        }
        valEnd = pos;
        return true;
    }

    /** Whether the current key is {@code k}, without allocating. */
    public boolean keyEquals(String k) {
        return keyEnd - keyStart == k.length() && s.regionMatches(keyStart, k, 0, k.length());
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
