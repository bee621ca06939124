package io.jalloy.syntax.vm;

import io.jalloy.syntax.ast.LiteralExpr;
import io.jalloy.syntax.scanner.Literals;
import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;

/** Turns literal tokens into values as Alloy does (integers as int64, else uint64, else float64). */
final class LiteralValues {
    private LiteralValues() {}

    static Value of(LiteralExpr lit) {
        String text = lit.value();
        return switch (lit.kind()) {
            case NULL -> NullValue.INSTANCE;
            case BOOL -> BoolValue.of(text.equals("true"));
            case STRING -> StringValue.of(Literals.unquote(text));
            case FLOAT -> NumberValue.ofFloat(Double.parseDouble(text));
            case NUMBER -> number(text);
            default -> throw new IllegalArgumentException("not a literal token: " + lit.kind());
        };
    }

    private static NumberValue number(String text) {
        int radix = 10;
        String digits = text;
        if (text.length() > 1 && text.charAt(0) == '0') {
            radix = 8; // Go's ParseInt with base 0 reads a leading zero as octal.
            digits = text.substring(1);
        }
        try {
            return NumberValue.ofInt(Long.parseLong(digits, radix));
        } catch (NumberFormatException notInt) {
            try {
                return NumberValue.ofUint(Long.parseUnsignedLong(digits, radix));
            } catch (NumberFormatException notUint) {
                return NumberValue.ofFloat(Double.parseDouble(text));
            }
        }
    }
}
