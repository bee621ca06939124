package io.jalloy.syntax.vm;

import io.jalloy.syntax.ast.Expr;
import io.jalloy.syntax.token.Token;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.Values;

/**
 * Number arithmetic in the wider of the two operand kinds, wrapping on overflow like Go's
 * 64-bit integers. Division and remainder by zero fail on the right operand.
 */
final class Arithmetic {
    private Arithmetic() {}

    static NumberValue apply(Token op, NumberValue l, NumberValue r, Expr rhsNode) throws EvalFailure {
        if ((op == Token.DIV || op == Token.MOD) && isZero(r)) {
            throw EvalFailure.about(rhsNode, "divide by zero error");
        }
        return switch (Values.fit(l.kind(), r.kind())) {
            case UINT -> NumberValue.ofUint(unsigned(op, Values.asUint(l), Values.asUint(r)));
            case INT -> NumberValue.ofInt(signed(op, Values.asInt(l), Values.asInt(r)));
            case FLOAT -> NumberValue.ofFloat(floating(op, l.floatValue(), r.floatValue()));
        };
    }

    private static boolean isZero(NumberValue r) {
        return r.kind() == NumberValue.Kind.FLOAT ? r.floatValue() == 0 : r.bits() == 0;
    }

    private static long unsigned(Token op, long a, long b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> Long.divideUnsigned(a, b);
            case MOD -> Long.remainderUnsigned(a, b);
            case POW -> pow(a, b, true);
            default -> throw new IllegalArgumentException(op.text());
        };
    }

    private static long signed(Token op, long a, long b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case MOD -> a % b;
            case POW -> pow(a, b, false);
            default -> throw new IllegalArgumentException(op.text());
        };
    }

    private static double floating(Token op, double a, double b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case MOD -> a % b; // IEEE remainder with the dividend's sign, as Go's math.Mod
            case POW -> Math.pow(a, b);
            default -> throw new IllegalArgumentException(op.text());
        };
    }

    /**
     * Alloy's integer power: 1 when the exponent is 0 or the base 1, 0 for base 0, the base itself
     * for a negative signed exponent, else the wrapped 64-bit product (by squaring, same result).
     */
    private static long pow(long n, long m, boolean unsigned) {
        if (m == 0 || n == 1) {
            return 1;
        }
        boolean positive = unsigned || m > 0;
        if (n == 0 && positive) {
            return 0;
        }
        if (!positive) {
            return n;
        }
        long result = 1;
        long base = n;
        long e = m;
        while (e != 0) {
            if ((e & 1) != 0) {
                result *= base;
            }
            base *= base;
            e >>>= 1;
        }
        return result;
    }
}
