package io.jalloy.syntax.vm;

import io.jalloy.syntax.ast.Expr;
import io.jalloy.syntax.token.Token;
import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.OptionalSecret;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueType;
import io.jalloy.syntax.value.Values;

/**
 * Alloy's unary and binary operators. Both operands are always evaluated (no short-circuit);
 * secrets mix with strings as Alloy allows, yielding secrets. Stateless.
 */
final class Operators {
    private Operators() {}

    static Value unary(Token op, Value v, Expr operand) throws EvalFailure {
        switch (op) {
            case NOT -> {
                if (!(v instanceof BoolValue b)) {
                    throw shouldBe(operand, ValueType.BOOL, v);
                }
                return BoolValue.of(!b.value());
            }
            case SUB -> {
                if (!(v instanceof NumberValue n)) {
                    throw shouldBe(operand, ValueType.NUMBER, v);
                }
                return n.kind() == NumberValue.Kind.FLOAT
                        ? NumberValue.ofFloat(-n.floatValue())
                        : NumberValue.ofInt(-Values.asInt(n));
            }
            default -> throw new IllegalArgumentException("not a unary operator: " + op);
        }
    }

    static Value binary(Token op, Value lhs, Expr lhsNode, Value rhs, Expr rhsNode) throws EvalFailure {
        if (lhs instanceof CapsuleValue || rhs instanceof CapsuleValue) {
            Value[] pair = SecretMixing.unwrap(lhs, rhs);
            lhs = pair[0];
            rhs = pair[1];
        }
        if (op == Token.EQ) {
            return BoolValue.of(Values.equal(lhs, rhs));
        }
        if (op == Token.NEQ) {
            return BoolValue.of(!Values.equal(lhs, rhs));
        }
        if (!allowed(op, lhs.type())) {
            throw EvalFailure.about(lhsNode, notAllowed(op, lhs));
        }
        if (!allowed(op, rhs.type())) {
            throw EvalFailure.about(rhsNode, notAllowed(op, rhs));
        }
        if (lhs.type() != rhs.type()) {
            throw shouldBe(rhsNode, lhs.type(), rhs);
        }
        return switch (op) {
            case OR -> BoolValue.of(((BoolValue) lhs).value() | ((BoolValue) rhs).value());
            case AND -> BoolValue.of(((BoolValue) lhs).value() & ((BoolValue) rhs).value());
            case ADD -> add(lhs, lhsNode, rhs);
            case SUB, MUL, DIV, MOD, POW -> Arithmetic.apply(op, (NumberValue) lhs, (NumberValue) rhs, rhsNode);
            case LT, GT, LTE, GTE -> BoolValue.of(compare(op, lhs, rhs));
            default -> throw new IllegalArgumentException("not a binary operator: " + op);
        };
    }

    private static Value add(Value lhs, Expr lhsNode, Value rhs) throws EvalFailure {
        if (lhs instanceof StringValue l) {
            return StringValue.of(l.value() + ((StringValue) rhs).value());
        }
        if (lhs instanceof CapsuleValue l) {
            Object r = ((CapsuleValue) rhs).value();
            switch (l.value()) {
                case OptionalSecret o -> {
                    OptionalSecret ro = r instanceof OptionalSecret x ? x : new OptionalSecret("", false);
                    return new CapsuleValue(new OptionalSecret(o.value() + ro.value(), o.isSecret() || ro.isSecret()));
                }
                case Secret s -> {
                    String rs = r instanceof Secret x ? x.value() : "";
                    return new CapsuleValue(new Secret(s.value() + rs));
                }
                default -> throw EvalFailure.about(lhsNode,
                        "could not perform binop + for unknown types lhs capsule rhs capsule");
            }
        }
        return Arithmetic.apply(Token.ADD, (NumberValue) lhs, (NumberValue) rhs, null);
    }

    private static boolean compare(Token op, Value lhs, Value rhs) {
        int c;
        if (lhs instanceof StringValue l) {
            c = compareCodePoints(l.value(), ((StringValue) rhs).value());
        } else {
            NumberValue l = (NumberValue) lhs;
            NumberValue r = (NumberValue) rhs;
            switch (Values.fit(l.kind(), r.kind())) {
                case UINT -> c = Long.compareUnsigned(Values.asUint(l), Values.asUint(r));
                case INT -> c = Long.compare(Values.asInt(l), Values.asInt(r));
                default -> {
                    double a = l.floatValue();
                    double b = r.floatValue();
                    // IEEE comparisons: anything with NaN is false.
                    return switch (op) {
                        case LT -> a < b;
                        case GT -> a > b;
                        case LTE -> a <= b;
                        default -> a >= b;
                    };
                }
            }
        }
        return switch (op) {
            case LT -> c < 0;
            case GT -> c > 0;
            case LTE -> c <= 0;
            default -> c >= 0;
        };
    }

    // Go compares strings byte-wise in UTF-8, which is code point order.
    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private static boolean allowed(Token op, ValueType t) {
        return switch (op) {
            case OR, AND -> t == ValueType.BOOL;
            case ADD -> t == ValueType.NUMBER || t == ValueType.STRING || t == ValueType.CAPSULE;
            case LT, GT, LTE, GTE -> t == ValueType.NUMBER || t == ValueType.STRING;
            default -> t == ValueType.NUMBER;
        };
    }

    private static String notAllowed(Token op, Value v) {
        String types = switch (op) {
            case OR, AND -> "[bool]";
            case ADD -> "[number string capsule]";
            case LT, GT, LTE, GTE -> "[number string]";
            default -> "[number]";
        };
        return "should be one of " + types + " for binop " + op.text() + ", got " + v.type();
    }

    static EvalFailure shouldBe(Expr node, ValueType expected, Value got) {
        return EvalFailure.about(node, "should be " + expected + ", got " + got.type());
    }
}
