package io.jalloy.syntax.stdlib;

import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.FunctionValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Terse value builders and a stdlib caller for tests. */
final class V {
    private V() {}

    static final Map<String, String> ENV = Map.of("HOME", "/home/alloy", "TEST_VAR", "Hello!");
    static final Map<String, Value> STD = Stdlib.globals(ENV::get);

    static StringValue s(String s) {
        return StringValue.of(s);
    }

    static NumberValue i(long v) {
        return NumberValue.ofInt(v);
    }

    static NumberValue f(double v) {
        return NumberValue.ofFloat(v);
    }

    static BoolValue b(boolean v) {
        return BoolValue.of(v);
    }

    static NullValue nil() {
        return NullValue.INSTANCE;
    }

    static ArrayValue arr(Value... vs) {
        return ArrayValue.of(vs);
    }

    /** An object from alternating keys and values. */
    static ObjectValue obj(Object... kv) {
        Map<String, Value> m = new LinkedHashMap<>();
        for (int k = 0; k < kv.length; k += 2) {
            m.put((String) kv[k], (Value) kv[k + 1]);
        }
        return new ObjectValue(m);
    }

    /** The stdlib function named by a dotted path such as {@code string.format}. */
    static FunctionValue fn(String dotted) {
        String[] parts = dotted.split("\\.");
        Value v = STD.get(parts[0]);
        for (int k = 1; k < parts.length; k++) {
            v = ((ObjectValue) v).get(parts[k]);
        }
        return (FunctionValue) v;
    }

    static Value call(String dotted, Value... args) throws ValueException {
        return fn(dotted).call(List.of(args));
    }
}
