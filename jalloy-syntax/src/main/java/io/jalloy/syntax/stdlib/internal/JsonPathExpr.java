package io.jalloy.syntax.stdlib.internal;

import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A filter expression. Evaluation yields a value, or Java null when a path selects nothing; a
 * missing value equals nothing and orders against nothing.
 */
sealed interface JsonPathExpr {

    Value eval(Value current, Value root);

    static boolean truthy(Value v) {
        return v != null && !(v instanceof NullValue) && !(v == BoolValue.FALSE);
    }

    record Literal(Value value) implements JsonPathExpr {
        @Override
        public Value eval(Value current, Value root) {
            return value;
        }
    }

    /** {@code @.x} or {@code $.x}: the first value the path selects. */
    record PathRef(JsonPath path) implements JsonPathExpr {
        @Override
        public Value eval(Value current, Value root) {
            List<Value> got = path.eval(current, root);
            return got.isEmpty() ? null : got.get(0);
        }
    }

    record Not(JsonPathExpr inner) implements JsonPathExpr {
        @Override
        public Value eval(Value current, Value root) {
            return BoolValue.of(!truthy(inner.eval(current, root)));
        }
    }

    record And(JsonPathExpr left, JsonPathExpr right) implements JsonPathExpr {
        @Override
        public Value eval(Value current, Value root) {
            return BoolValue.of(truthy(left.eval(current, root)) && truthy(right.eval(current, root)));
        }
    }

    record Or(JsonPathExpr left, JsonPathExpr right) implements JsonPathExpr {
        @Override
        public Value eval(Value current, Value root) {
            return BoolValue.of(truthy(left.eval(current, root)) || truthy(right.eval(current, root)));
        }
    }

    record Matches(JsonPathExpr left, Pattern pattern) implements JsonPathExpr {
        @Override
        public Value eval(Value current, Value root) {
            return BoolValue.of(left.eval(current, root) instanceof StringValue s && pattern.matcher(s.value()).find());
        }
    }

    /** {@code ==, !=, <, <=, >, >=}. */
    record Compare(String op, JsonPathExpr left, JsonPathExpr right) implements JsonPathExpr {
        @Override
        public Value eval(Value current, Value root) {
            Value l = left.eval(current, root);
            Value r = right.eval(current, root);
            if (op.equals("==")) {
                return BoolValue.of(same(l, r));
            }
            if (op.equals("!=")) {
                return BoolValue.of(!same(l, r));
            }
            Integer c = order(l, r);
            if (c == null) {
                return BoolValue.FALSE;
            }
            return BoolValue.of(switch (op) {
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            });
        }

        private static boolean same(Value l, Value r) {
            if (l == null || r == null) {
                return l == null && r == null;
            }
            if (l instanceof NumberValue a && r instanceof NumberValue b) {
                return a.asDouble() == b.asDouble();
            }
            return l.equals(r);
        }

        private static Integer order(Value l, Value r) {
            if (l instanceof NumberValue a && r instanceof NumberValue b) {
                return Double.compare(a.asDouble(), b.asDouble());
            }
            if (l instanceof StringValue a && r instanceof StringValue b) {
                return a.value().compareTo(b.value());
            }
            return null;
        }
    }
}
