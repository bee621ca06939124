package io.jalloy.syntax.stdlib.internal;

import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A JSON parser producing Alloy values with the error texts of Go's {@code encoding/json}. Objects
 * come out with sorted keys (they were Go maps in Alloy). Numbers become floats as Go's decoder
 * makes them, or, in {@link #integers} mode (the ojg parser behind {@code json_path}), integers
 * when written without fraction or exponent.
 */
public final class JsonReader {
    private final byte[] in;
    private final boolean integers;
    private int pos;
    /** True while reading an object's first key, which ojg words differently. */
    private boolean firstKey;

    private JsonReader(byte[] in, boolean integers) {
        this.in = in;
        this.integers = integers;
    }

    /** Parses like {@code json.Unmarshal} into an interface{}. */
    public static Value parse(String text) throws JsonException {
        return parse(text, false);
    }

    /** Parses; with {@code integers}, integral numbers become Alloy integers. */
    public static Value parse(String text, boolean integers) throws JsonException {
        JsonReader r = new JsonReader(text.getBytes(StandardCharsets.UTF_8), integers);
        r.skipSpace();
        Value v = r.value();
        r.skipSpace();
        if (r.pos < r.in.length) {
            throw r.invalid("after top-level value");
        }
        return v;
    }

    /** A JSON syntax error, its message as Go prints it. */
    public static final class JsonException extends Exception {
        public JsonException(String message) {
            super(message, null, false, false);
        }
    }

    private void skipSpace() {
        while (pos < in.length) {
            byte c = in[pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private JsonException invalid(String context) {
        if (integers) {
            return new JsonException(ojgMessage(context) + " at " + line() + ":" + column());
        }
        if (pos >= in.length) {
            return new JsonException("unexpected end of JSON input");
        }
        return new JsonException("invalid character " + quoteChar(in[pos] & 0xff) + " " + context);
    }

    /** The same failure as ojg's parser words it. */
    private String ojgMessage(String context) {
        if (pos >= in.length) {
            return "incomplete JSON";
        }
        int b = in[pos] & 0xff;
        String r = new String(in, pos, Math.min(utf8Length(b), in.length - pos), StandardCharsets.UTF_8);
        if (context.startsWith("in literal ")) {
            return "expected " + context.substring("in literal ".length(), context.indexOf(' ', "in literal ".length()));
        }
        if (context.endsWith("numeric literal")) {
            return "invalid number";
        }
        return switch (context) {
            case "after object key" -> "expected a colon, not '" + r + "'";
            case "after object key:value pair", "after array element" -> "expected a comma or close, not '" + r + "'";
            case "looking for beginning of object key string" -> firstKey
                    ? "expected a string start or object close, not '" + r + "'"
                    : "expected a string start, not '" + r + "'";
            case "after top-level value" -> "extra characters after close, '" + r + "'";
            case "in string literal" -> String.format("invalid JSON character 0x%02x", b);
            case "in string escape code" -> "invalid JSON escape character '\\" + r + "'";
            case "in \\u hexadecimal character escape" -> "invalid JSON unicode character '" + r + "'";
            default -> "unexpected character '" + r + "'";
        };
    }

    private static int utf8Length(int b) {
        return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    }

    private int line() {
        int n = 1;
        for (int k = 0; k < pos && k < in.length; k++) {
            if (in[k] == '\n') {
                n++;
            }
        }
        return n;
    }

    private int column() {
        int k = Math.min(pos, in.length) - 1;
        while (k >= 0 && in[k] != '\n') {
            k--;
        }
        return pos - k;
    }

    static String quoteChar(int c) {
        if (c == '\'') {
            return "'\\''";
        }
        if (c == '"') {
            return "'\"'";
        }
        String q = GoQuote.quote(new String(Character.toChars(c)), false);
        return "'" + q.substring(1, q.length() - 1) + "'";
    }

    private Value value() throws JsonException {
        if (pos >= in.length) {
            throw invalid("looking for beginning of value");
        }
        return switch (in[pos]) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> StringValue.of(string());
            case 't' -> literal("true", BoolValue.TRUE);
            case 'f' -> literal("false", BoolValue.FALSE);
            case 'n' -> literal("null", NullValue.INSTANCE);
            default -> {
                byte c = in[pos];
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw invalid("looking for beginning of value");
            }
        };
    }

    private Value literal(String word, Value v) throws JsonException {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= in.length || in[pos] != word.charAt(i)) {
                throw invalid("in literal " + word + " (expecting '" + word.charAt(i) + "')");
            }
            pos++;
        }
        return v;
    }

    private Value object() throws JsonException {
        pos++;
        Map<String, Value> fields = new TreeMap<>();
        skipSpace();
        if (pos < in.length && in[pos] == '}') {
            pos++;
            return new ObjectValue(fields);
        }
        firstKey = true;
        while (true) {
            if (pos >= in.length || in[pos] != '"') {
                throw invalid("looking for beginning of object key string");
            }
            firstKey = false;
            String key = string();
            skipSpace();
            if (pos >= in.length || in[pos] != ':') {
                throw invalid("after object key");
            }
            pos++;
            skipSpace();
            fields.put(key, value());
            skipSpace();
            if (pos < in.length && in[pos] == ',') {
                pos++;
                skipSpace();
                continue;
            }
            if (pos < in.length && in[pos] == '}') {
                pos++;
                return new ObjectValue(fields);
            }
            throw invalid("after object key:value pair");
        }
    }

    private Value array() throws JsonException {
        pos++;
        List<Value> elements = new ArrayList<>();
        skipSpace();
        if (pos < in.length && in[pos] == ']') {
            pos++;
            return new ArrayValue(elements);
        }
        while (true) {
            elements.add(value());
            skipSpace();
            if (pos < in.length && in[pos] == ',') {
                pos++;
                skipSpace();
                continue;
            }
            if (pos < in.length && in[pos] == ']') {
                pos++;
                return new ArrayValue(elements);
            }
            throw invalid("after array element");
        }
    }

    private String string() throws JsonException {
        pos++;
        ByteArrayOutputStream out = null;
        int start = pos;
        while (true) {
            if (pos >= in.length) {
                throw invalid("in string literal");
            }
            int c = in[pos] & 0xff;
            if (c == '"') {
                String s;
                if (out == null) {
                    s = new String(in, start, pos - start, StandardCharsets.UTF_8);
                } else {
                    out.write(in, start, pos - start);
                    s = out.toString(StandardCharsets.UTF_8);
                }
                pos++;
                return s;
            }
            if (c < 0x20) {
                throw invalid("in string literal");
            }
            if (c != '\\') {
                pos++;
                continue;
            }
            if (out == null) {
                out = new ByteArrayOutputStream();
            }
            out.write(in, start, pos - start);
            pos++;
            if (pos >= in.length) {
                throw invalid("in string escape code");
            }
            int e = in[pos];
            switch (e) {
                case '"', '\\', '/' -> out.write(e);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'u' -> {
                    int r = hex4();
                    if (Character.isHighSurrogate((char) r) && pos + 1 < in.length && in[pos + 1] == '\\'
                            && pos + 2 < in.length && in[pos + 2] == 'u') {
                        int save = pos;
                        pos += 2;
                        int lo = hex4();
                        if (Character.isLowSurrogate((char) lo)) {
                            r = Character.toCodePoint((char) r, (char) lo);
                        } else {
                            pos = save;
                            r = 0xFFFD;
                        }
                    } else if (r >= 0xD800 && r <= 0xDFFF) {
                        r = 0xFFFD;
                    }
                    byte[] b = new String(Character.toChars(r)).getBytes(StandardCharsets.UTF_8);
                    out.write(b, 0, b.length);
                }
                default -> throw invalid("in string escape code");
            }
            pos++;
            start = pos;
        }
    }

    /** Reads the four hex digits after {@code \\u}, leaving pos on the last one. */
    private int hex4() throws JsonException {
        int r = 0;
        for (int i = 0; i < 4; i++) {
            pos++;
            if (pos >= in.length) {
                throw invalid("in \\u hexadecimal character escape");
            }
            int d = Character.digit(in[pos], 16);
            if (d < 0) {
                throw invalid("in \\u hexadecimal character escape");
            }
            r = r * 16 + d;
        }
        return r;
    }

    private Value number() throws JsonException {
        int start = pos;
        boolean integral = true;
        if (in[pos] == '-') {
            pos++;
            if (pos >= in.length || in[pos] < '0' || in[pos] > '9') {
                throw invalid("in numeric literal");
            }
        }
        if (in[pos] == '0') {
            pos++;
        } else {
            while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
                pos++;
            }
        }
        if (pos < in.length && in[pos] == '.') {
            integral = false;
            pos++;
            if (pos >= in.length || in[pos] < '0' || in[pos] > '9') {
                throw invalid("after decimal point in numeric literal");
            }
            while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
                pos++;
            }
        }
        if (pos < in.length && (in[pos] == 'e' || in[pos] == 'E')) {
            integral = false;
            pos++;
            if (pos < in.length && (in[pos] == '+' || in[pos] == '-')) {
                pos++;
            }
            if (pos >= in.length || in[pos] < '0' || in[pos] > '9') {
                throw invalid("in exponent of numeric literal");
            }
            while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
                pos++;
            }
        }
        String text = new String(in, start, pos - start, StandardCharsets.US_ASCII);
        if (integers && integral) {
            try {
                return NumberValue.ofInt(Long.parseLong(text));
            } catch (NumberFormatException tooBig) {
                // falls through to a float, as ojg does for integers past int64
            }
        }
        double d = Double.parseDouble(text);
        if (Double.isInfinite(d)) {
            throw new JsonException("json: cannot unmarshal number " + text + " into Go value of type float64");
        }
        return NumberValue.ofFloat(d);
    }
}
