package io.jalloy.syntax.stdlib;

import io.jalloy.syntax.stdlib.internal.GoStrings;
import io.jalloy.syntax.stdlib.internal.JsonPath;
import io.jalloy.syntax.stdlib.internal.JsonReader;
import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.FunctionValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.OptionalSecret;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.value.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The small namespaces ({@code sys}, {@code convert}, {@code file}) and the top-level functions. */
final class CoreFunctions {
    private CoreFunctions() {}

    static Map<String, FunctionValue> sys(String prefix, Function<String, String> env) {
        Map<String, FunctionValue> m = new LinkedHashMap<>();
        Functions.put(m, prefix, "env", (fn, args) -> {
            Args.count(fn, args, 1);
            String v = env.apply(Args.string(args, 0));
            return StringValue.of(v == null ? "" : v);
        });
        return m;
    }

    static Map<String, FunctionValue> convert(String prefix) {
        Map<String, FunctionValue> m = new LinkedHashMap<>();
        Functions.put(m, prefix, "nonsensitive", (fn, args) -> {
            Args.count(fn, args, 1);
            return StringValue.of(secretText(args.get(0)));
        });
        return m;
    }

    /** Decodes into a secret as Alloy does (strings and optional secrets convert) and unwraps it. */
    private static String secretText(Value v) throws ValueException {
        return switch (v) {
            case CapsuleValue c when c.value() instanceof Secret s -> s.value();
            case CapsuleValue c when c.value() instanceof OptionalSecret o -> o.value();
            case StringValue s -> s.value();
            case NullValue n -> "";
            default -> throw Args.typeError(0, ValueType.CAPSULE, v);
        };
    }

    static Map<String, FunctionValue> file(String prefix) {
        Map<String, FunctionValue> m = new LinkedHashMap<>();
        Functions.put(m, prefix, "path_join", (fn, args) -> {
            List<String> elems = new ArrayList<>(args.size());
            for (int i = 0; i < args.size(); i++) {
                elems.add(Args.string(args, i));
            }
            return StringValue.of(GoStrings.pathJoin(elems));
        });
        return m;
    }

    static FunctionValue coalesce() {
        return new FunctionValue("coalesce", args -> {
            if (args.isEmpty()) {
                return NullValue.INSTANCE;
            }
            for (Value v : args) {
                if (!GoSemantics.isEmpty(v)) {
                    return v;
                }
            }
            return args.get(args.size() - 1);
        });
    }

    static FunctionValue jsonPath() {
        return new FunctionValue("json_path", args -> {
            Args.count("json_path", args, 2);
            String json = Args.string(args, 0);
            String path = Args.string(args, 1);
            try {
                JsonPath compiled = JsonPath.compile(path);
                Value doc = JsonReader.parse(json, true);
                return new ArrayValue(compiled.get(doc));
            } catch (JsonPath.PathException | JsonReader.JsonException e) {
                throw new ValueException("json_path " + e.getMessage());
            }
        });
    }
}
