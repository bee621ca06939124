package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Names foreach children as Alloy does: {@code foreach_<fingerprint>}, where strings keep their
 * letters and digits (others become {@code _}) unless hashed, integers and bools print as they
 * are, floats print with six decimals and {@code _} for the dot, and anything else is hashed.
 * Hashes of objects and arrays differ from Alloy's (which hashes Go's own rendering).
 */
final class ForeachIds {
    private ForeachIds() {}

    /** The value identifying {@code item}: its {@code idField} when it is an object that has it. */
    static Value identity(Value item, String idField) {
        if (idField != null && !idField.isEmpty() && item instanceof ObjectValue o && o.has(idField)) {
            return o.get(idField);
        }
        return item;
    }

    static String fingerprint(Value id, boolean hashStrings) {
        return "foreach_" + switch (id) {
            case StringValue s -> hashStrings ? sha256(s.value()) : sanitize(s.value());
            case BoolValue b -> b.toString();
            case NumberValue n when n.kind() == NumberValue.Kind.FLOAT ->
                    String.format(Locale.ROOT, "%f", n.floatValue()).replace('.', '_');
            case NumberValue n -> n.toString();
            default -> sha256(id.toString());
        };
    }

    private static String sanitize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(Character.isLetterOrDigit(cp) ? cp : '_'));
        return sb.toString();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
