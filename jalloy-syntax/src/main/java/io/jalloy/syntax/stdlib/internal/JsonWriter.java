package io.jalloy.syntax.stdlib.internal;

import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.FunctionValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.OptionalSecret;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes Alloy values as Go's {@code json.Marshal} writes the Go values Alloy decodes them to:
 * sorted object keys, HTML-safe escaping, Go's float formatting, no white space.
 */
public final class JsonWriter {
    private JsonWriter() {}

    /** Thrown for values JSON cannot hold, with Go's message. */
    public static final class UnsupportedException extends Exception {
        public UnsupportedException(String message) {
            super(message, null, false, false);
        }
    }

    public static String write(Value v) throws UnsupportedException {
        StringBuilder sb = new StringBuilder();
        write(sb, v);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Value v) throws UnsupportedException {
        switch (v) {
            case NullValue n -> sb.append("null");
            case BoolValue b -> sb.append(b.toString());
            case StringValue s -> writeString(sb, s.value());
            case NumberValue n -> writeNumber(sb, n);
            case ArrayValue a -> {
                sb.append('[');
                for (int i = 0; i < a.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    write(sb, a.get(i));
                }
                sb.append(']');
            }
            case ObjectValue o -> {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<String, Value> e : new TreeMap<>(o.fields()).entrySet()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    writeString(sb, e.getKey());
                    sb.append(':');
                    write(sb, e.getValue());
                }
                sb.append('}');
            }
            case CapsuleValue c when c.value() instanceof Secret s -> writeString(sb, s.value());
            case CapsuleValue c when c.value() instanceof OptionalSecret o -> {
                sb.append("{\"IsSecret\":").append(o.isSecret()).append(",\"Value\":");
                writeString(sb, o.value());
                sb.append('}');
            }
            case CapsuleValue c -> throw new UnsupportedException("json: unsupported type: " + c.typeName());
            case FunctionValue f -> throw new UnsupportedException("json: unsupported type: func");
        }
    }

    private static void writeNumber(StringBuilder sb, NumberValue n) throws UnsupportedException {
        switch (n.kind()) {
            case INT -> sb.append(n.bits());
            case UINT -> sb.append(Long.toUnsignedString(n.bits()));
            case FLOAT -> {
                double f = n.floatValue();
                if (Double.isNaN(f) || Double.isInfinite(f)) {
                    throw new UnsupportedException("json: unsupported value: " + GoNumbers.formatFloat(f, 'g', -1));
                }
                double abs = Math.abs(f);
                char fmt = abs != 0 && (abs < 1e-6 || abs >= 1e21) ? 'e' : 'f';
                String s = GoNumbers.formatFloat(f, fmt, -1);
                int len = s.length();
                if (fmt == 'e' && len >= 4 && s.charAt(len - 4) == 'e' && s.charAt(len - 3) == '-'
                        && s.charAt(len - 2) == '0') {
                    s = s.substring(0, len - 2) + s.charAt(len - 1);
                }
                sb.append(s);
            }
        }
    }

    /** A JSON string as Go escapes it, including the HTML-sensitive characters. */
    public static void writeString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> appendU(sb, c);
                default -> {
                    if (c < 0x20) {
                        appendU(sb, c);
                    } else if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append(c).append(s.charAt(++i));
                        } else {
                            sb.append("\\ufffd");
                        }
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static void appendU(StringBuilder sb, char c) {
        String h = Integer.toHexString(c);
        sb.append("\\u").append("0".repeat(4 - h.length())).append(h);
    }
}
