package io.jalloy.runtime.render;

import com.fasterxml.jackson.core.JsonGenerator;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes bodies and values in Alloy's API JSON: {@code {"name","type":"attr","value":{...}}} and
 * {@code {"name","type":"block","label","body":[...]}} statements, and values as
 * {@code {"type":"number","value":1}}. Secrets render as {@code (secret)}.
 */
public final class AlloyJson {

    private AlloyJson() {}

    /** Writes {@code body} as a JSON array of statements. */
    public static void writeBody(JsonGenerator g, List<BodyStatement> body) throws IOException {
        g.writeStartArray();
        for (BodyStatement s : body) {
            switch (s) {
                case BodyStatement.Attr a -> {
                    g.writeStartObject();
                    g.writeStringField("name", a.name());
                    g.writeStringField("type", "attr");
                    g.writeFieldName("value");
                    writeValue(g, a.value());
                    g.writeEndObject();
                }
                case BodyStatement.Block b -> {
                    g.writeStartObject();
                    g.writeStringField("name", b.name());
                    g.writeStringField("type", "block");
                    if (!b.label().isEmpty()) {
                        g.writeStringField("label", b.label());
                    }
                    g.writeFieldName("body");
                    writeBody(g, b.body());
                    g.writeEndObject();
                }
            }
        }
        g.writeEndArray();
    }

    /** Writes one typed value. */
    public static void writeValue(JsonGenerator g, Value v) throws IOException {
        g.writeStartObject();
        switch (v) {
            case NullValue n -> {
                g.writeStringField("type", "null");
                g.writeNullField("value");
            }
            case NumberValue n -> {
                g.writeStringField("type", "number");
                g.writeFieldName("value");
                g.writeRawValue(goFloat(n.asDouble()));
            }
            case StringValue s -> {
                g.writeStringField("type", "string");
                g.writeStringField("value", s.value());
            }
            case BoolValue b -> {
                g.writeStringField("type", "bool");
                g.writeBooleanField("value", b.value());
            }
            case ArrayValue a -> {
                g.writeStringField("type", "array");
                g.writeFieldName("value");
                g.writeStartArray();
                for (Value e : a.elements()) {
                    writeValue(g, e);
                }
                g.writeEndArray();
            }
            case ObjectValue o -> {
                g.writeStringField("type", "object");
                g.writeFieldName("value");
                g.writeStartArray();
                for (Map.Entry<String, Value> e : o.fields().entrySet()) {
                    g.writeStartObject();
                    g.writeStringField("key", e.getKey());
                    g.writeFieldName("value");
                    writeValue(g, e.getValue());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            case FunctionValue f -> {
                g.writeStringField("type", "function");
                g.writeStringField("value", "function");
            }
            case CapsuleValue c -> {
                g.writeStringField("type", "capsule");
                g.writeStringField("value", capsuleText(c));
            }
        }
        g.writeEndObject();
    }

    /** What Alloy shows for a capsule: secrets hidden, optional secrets quoted when not secret. */
    static String capsuleText(CapsuleValue c) {
        return switch (c.value()) {
            case Secret s -> "(secret)";
            case OptionalSecret s -> s.isSecret() ? "(secret)" : goQuote(s.value());
            default -> "capsule(\"" + c.typeName() + "\")";
        };
    }

    /** A float64 as Go's encoding/json writes it: plain decimals, exponent form outside [1e-6, 1e21). */
    static String goFloat(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "null"; // Go refuses to encode these; null keeps the document valid
        }
        if (d == 0) {
            return "0";
        }
        double abs = Math.abs(d);
        if (abs >= 1e-6 && abs < 1e21) {
            return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        }
        // Go: mantissa without trailing ".0", then e-07 / e+21 (at least two exponent digits).
        String s = Double.toString(d); // like 1.0E-7
        int e = s.indexOf('E');
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        int exp = Integer.parseInt(s.substring(e + 1));
        String digits = Integer.toString(Math.abs(exp));
        return mantissa + "e" + (exp < 0 ? "-" : "+") + (digits.length() < 2 ? "0" + digits : digits);
    }

    /** Go's {@code %q} for the characters that occur in practice. */
    static String goQuote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
