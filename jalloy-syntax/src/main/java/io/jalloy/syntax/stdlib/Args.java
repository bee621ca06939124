package io.jalloy.syntax.stdlib;

import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.OptionalSecret;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.value.ValueType;
import io.jalloy.syntax.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * Argument checks with Alloy's conversions (number to string, optional secret to string) and its
 * error texts. See {@link Stdlib} for how a {@link ValueException}'s message and argument index
 * are meant to be rendered.
 */
final class Args {
    private Args() {}

    /** Alloy's "expected N args, got M" for functions with a fixed arity, prefixed with the callee. */
    static void count(String fn, List<Value> args, int expected) throws ValueException {
        if (args.size() != expected) {
            throw new ValueException(fn + " expected " + expected + " args, got " + args.size());
        }
    }

    /** Alloy's arity check for variadic functions whose fixed part has {@code min} parameters. */
    static void atLeast(String fn, List<Value> args, int min) throws ValueException {
        if (args.size() < min) {
            throw new ValueException(fn + " expected at least " + min + " args, got " + args.size());
        }
    }

    /** A type error at argument {@code index}, rendered after the argument's source text. */
    static ValueException typeError(int index, ValueType expected, Value got) {
        return new ValueException("should be " + expected.alloyName() + ", got " + got.type().alloyName(), index);
    }

    /** A type error at element {@code element} of argument {@code index}. */
    static ValueException elementError(int index, int element, ValueType expected, Value got) {
        return new ValueException(
                "[" + element + "] should be " + expected.alloyName() + ", got " + got.type().alloyName(), index);
    }

    static String string(List<Value> args, int index) throws ValueException {
        return string(args.get(index), index, "");
    }

    /** Decodes {@code v} into a Go string; {@code path} locates it inside argument {@code index}. */
    private static String string(Value v, int index, String path) throws ValueException {
        String s = asString(v);
        if (s != null) {
            return s;
        }
        if (isSecret(v)) {
            // Alloy's secret capsules refuse the conversion with their own error.
            throw new ValueException(path + (path.isEmpty() ? "" : " ") + "secrets may not be converted into strings",
                    index);
        }
        throw new ValueException(path + (path.isEmpty() ? "" : " ") + "should be string, got " + v.type().alloyName(),
                index);
    }

    private static boolean isSecret(Value v) {
        return v instanceof CapsuleValue c
                && (c.value() instanceof Secret || (c.value() instanceof OptionalSecret o && o.isSecret()));
    }

    /** The value decoded into a Go string as Alloy does (null is Go's zero ""), or null when it does not convert. */
    static String asString(Value v) {
        return switch (v) {
            case StringValue s -> s.value();
            case NullValue n -> "";
            case NumberValue n -> Values.numberToString(n);
            case CapsuleValue c when c.value() instanceof OptionalSecret o && !o.isSecret() -> o.value();
            default -> null;
        };
    }

    static List<String> stringList(List<Value> args, int index) throws ValueException {
        if (args.get(index) instanceof NullValue) {
            return List.of();
        }
        if (!(args.get(index) instanceof ArrayValue array)) {
            throw typeError(index, ValueType.ARRAY, args.get(index));
        }
        List<String> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(string(array.get(i), index, "[" + i + "]"));
        }
        return out;
    }

    static ArrayValue array(List<Value> args, int index) throws ValueException {
        if (args.get(index) instanceof ArrayValue a) {
            return a;
        }
        throw typeError(index, ValueType.ARRAY, args.get(index));
    }

    static boolean bool(List<Value> args, int index) throws ValueException {
        if (args.get(index) instanceof BoolValue b) {
            return b.value();
        }
        throw typeError(index, ValueType.BOOL, args.get(index));
    }

    static ObjectValue object(Value v) {
        return v instanceof ObjectValue o ? o : null;
    }
}
