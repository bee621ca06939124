package io.jalloy.syntax.stdlib;

import io.jalloy.syntax.value.FunctionValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import java.util.List;
import java.util.Map;

/** Builds the stdlib's function values, each knowing the full name Alloy's messages use. */
final class Functions {
    private Functions() {}

    /** A function body that receives its full name ("string.join") for arity messages. */
    @FunctionalInterface
    interface Body {
        Value call(String fn, List<Value> args) throws ValueException;
    }

    /** Adds {@code prefix + name} to {@code m} under the short {@code name}. */
    static void put(Map<String, FunctionValue> m, String prefix, String name, Body body) {
        String full = prefix + name;
        m.put(name, new FunctionValue(full, args -> body.call(full, args)));
    }
}
