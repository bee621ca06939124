package io.jalloy.syntax.value;

import io.jalloy.syntax.scanner.Literals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Renders a value as Alloy source text, the way Alloy shows values in diagnostics and its UI:
 * strings Go-quoted, object keys sorted and one per line with tab indentation, secrets as
 * {@code (secret)} so they never leak. Stateless; safe from any thread.
 */
public final class ValuePrinter {
    private ValuePrinter() {}

    /** The Alloy text of a value. */
    public static String print(Value v) {
        StringBuilder sb = new StringBuilder();
        append(sb, v, 0);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Value v, int indent) {
        switch (v) {
            case NullValue n -> sb.append("null");
            case BoolValue b -> sb.append(b.value() ? "true" : "false");
            case NumberValue n -> sb.append(Values.numberToString(n));
            case StringValue s -> sb.append(Literals.quote(s.value()));
            case ArrayValue a -> appendArray(sb, a, indent);
            case ObjectValue o -> appendObject(sb, o, indent);
            case FunctionValue f -> sb.append("function");
            case CapsuleValue c -> appendCapsule(sb, c);
        }
    }

    private static void appendCapsule(StringBuilder sb, CapsuleValue c) {
        switch (c.value()) {
            case Secret s -> sb.append("(secret)");
            case OptionalSecret o -> sb.append(o.isSecret() ? "(secret)" : Literals.quote(o.value()));
            default -> sb.append("capsule(").append(Literals.quote(c.typeName())).append(')');
        }
    }

    private static void appendArray(StringBuilder sb, ArrayValue a, int indent) {
        sb.append('[');
        for (int i = 0; i < a.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            append(sb, a.get(i), indent);
        }
        sb.append(']');
    }

    private static void appendObject(StringBuilder sb, ObjectValue o, int indent) {
        if (o.fields().isEmpty()) {
            sb.append("{}");
            return;
        }
        List<String> keys = new ArrayList<>(o.fields().keySet());
        Collections.sort(keys);
        sb.append("{\n");
        for (String key : keys) {
            tabs(sb, indent + 1);
            sb.append(isIdentifier(key) ? key : Literals.quote(key)).append(" = ");
            append(sb, o.get(key), indent + 1);
            sb.append(",\n");
        }
        tabs(sb, indent);
        sb.append('}');
    }

    private static void tabs(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('\t');
        }
    }

    /** Whether a key can be written bare: a letter or underscore, then letters, digits or underscores. */
    public static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = cp == '_' || Character.isLetter(cp) || (i > 0 && Character.isDigit(cp));
            if (!ok) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return !s.equals("true") && !s.equals("false") && !s.equals("null");
    }
}
