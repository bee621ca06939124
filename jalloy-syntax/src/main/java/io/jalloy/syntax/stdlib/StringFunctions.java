package io.jalloy.syntax.stdlib;

import io.jalloy.syntax.stdlib.internal.GoFormat;
import io.jalloy.syntax.stdlib.internal.GoStrings;
import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.FunctionValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The {@code string} namespace: Go's fmt.Sprintf and strings functions over Alloy strings. */
final class StringFunctions {
    private StringFunctions() {}

    /** The functions by short name; {@code prefix} names them in messages ("string." or ""). */
    static Map<String, FunctionValue> all(String prefix) {
        Map<String, FunctionValue> m = new LinkedHashMap<>();
        Functions.put(m, prefix, "format", (fn, args) -> {
            Args.atLeast(fn, args, 1);
            return StringValue.of(GoFormat.sprintf(Args.string(args, 0), args.subList(1, args.size())));
        });
        Functions.put(m, prefix, "join", (fn, args) -> {
            Args.count(fn, args, 2);
            List<String> elems = Args.stringList(args, 0);
            return StringValue.of(String.join(Args.string(args, 1), elems));
        });
        Functions.put(m, prefix, "replace", (fn, args) -> {
            Args.count(fn, args, 3);
            return StringValue.of(GoStrings.replaceAll(Args.string(args, 0), Args.string(args, 1), Args.string(args, 2)));
        });
        Functions.put(m, prefix, "split", (fn, args) -> {
            Args.count(fn, args, 2);
            List<Value> parts = new ArrayList<>();
            for (String s : GoStrings.split(Args.string(args, 0), Args.string(args, 1))) {
                parts.add(StringValue.of(s));
            }
            return new ArrayValue(parts);
        });
        unary(m, prefix, "to_lower", GoStrings::toLower);
        unary(m, prefix, "to_upper", GoStrings::toUpper);
        Functions.put(m, prefix, "trim", (fn, args) -> {
            Args.count(fn, args, 2);
            return StringValue.of(GoStrings.trim(Args.string(args, 0), Args.string(args, 1)));
        });
        Functions.put(m, prefix, "trim_prefix", (fn, args) -> {
            Args.count(fn, args, 2);
            String s = Args.string(args, 0);
            String p = Args.string(args, 1);
            return StringValue.of(s.startsWith(p) ? s.substring(p.length()) : s);
        });
        Functions.put(m, prefix, "trim_suffix", (fn, args) -> {
            Args.count(fn, args, 2);
            String s = Args.string(args, 0);
            String x = Args.string(args, 1);
            return StringValue.of(s.endsWith(x) ? s.substring(0, s.length() - x.length()) : s);
        });
        unary(m, prefix, "trim_space", GoStrings::trimSpace);
        return m;
    }

    private static void unary(Map<String, FunctionValue> m, String prefix, String name, UnaryOperator<String> op) {
        Functions.put(m, prefix, name, (fn, args) -> {
            Args.count(fn, args, 1);
            return StringValue.of(op.apply(Args.string(args, 0)));
        });
    }
}
