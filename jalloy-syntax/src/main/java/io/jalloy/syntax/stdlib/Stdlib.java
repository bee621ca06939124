package io.jalloy.syntax.stdlib;

import io.jalloy.syntax.value.FunctionValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Alloy's standard library: the identifiers every configuration can use without declaring them.
 * Values are immutable and the functions stateless, so one map may be shared by all threads.
 *
 * <p>Errors: functions throw {@link ValueException}. When its
 * {@code argIndex} is -1 the message is complete as Alloy prints it (for failures Alloy
 * attributes to the function it already starts with the function's name, e.g.
 * {@code encoding.from_base64 illegal base64 data at input byte 4}). When {@code argIndex} is
 * {@code i >= 0} the argument {@code i} is at fault and Alloy prints the argument's source text
 * first: render {@code source + " " + message}, or {@code source + message} when the message
 * starts with {@code [} (an element path such as {@code [1] should be string, got bool}).
 */
public final class Stdlib {
    private Stdlib() {}

    /** The warning Alloy attaches to a use of a deprecated identifier. */
    public static final String DEPRECATION_MESSAGE =
            "this stdlib function is deprecated; please refer to the documentation for updated usage and alternatives";

    /** The warning Alloy gives when a component's name hides a stdlib namespace. */
    public static final String SHADOW_MESSAGE = "a component is shadowing an existing stdlib name";

    private static final Map<String, String> DEPRECATED = deprecatedTable();

    private static final Set<String> EXPERIMENTAL = Set.of("array.combine_maps", "array.group_by");

    /** The stdlib with {@code sys.env} reading the process environment. */
    public static Map<String, Value> globals() {
        return Holder.DEFAULT;
    }

    /** The stdlib with {@code sys.env} (and {@code env}) reading through {@code env}. */
    public static Map<String, Value> globals(Function<String, String> env) {
        return globals(env, System.getProperty("jalloy.version", ""));
    }

    /** As {@link #globals(Function)}, with the version {@code constants.version} reports. */
    public static Map<String, Value> globals(Function<String, String> env, String version) {
        Map<String, Value> g = new LinkedHashMap<>();
        g.put("constants", Constants.object(version));
        g.put("coalesce", CoreFunctions.coalesce());
        g.put("json_path", CoreFunctions.jsonPath());
        g.put("sys", namespace(CoreFunctions.sys("sys.", env)));
        g.put("convert", namespace(CoreFunctions.convert("convert.")));
        g.put("array", namespace(ArrayFunctions.all("array.")));
        g.put("encoding", namespace(EncodingFunctions.all("encoding.")));
        g.put("string", namespace(StringFunctions.all("string.")));
        g.put("file", namespace(CoreFunctions.file("file.")));
        addDeprecated(g, env);
        return Collections.unmodifiableMap(g);
    }

    /** Deprecated top-level identifiers and the namespaced function that replaces each. */
    public static Map<String, String> deprecated() {
        return DEPRECATED;
    }

    /** Whether {@code name} is a deprecated stdlib identifier (warn with {@link #DEPRECATION_MESSAGE}). */
    public static boolean isDeprecated(String name) {
        return DEPRECATED.containsKey(name);
    }

    /** Full names ({@code namespace.name}) of stdlib functions at stability level experimental. */
    public static Set<String> experimental() {
        return EXPERIMENTAL;
    }

    private static ObjectValue namespace(Map<String, FunctionValue> functions) {
        return new ObjectValue(new LinkedHashMap<>(functions));
    }

    private static void addDeprecated(Map<String, Value> g, Function<String, String> env) {
        Map<String, FunctionValue> pool = new LinkedHashMap<>();
        CoreFunctions.sys("", env).forEach(pool::put);
        CoreFunctions.convert("").forEach(pool::put);
        ArrayFunctions.all("").forEach(pool::put);
        StringFunctions.all("").forEach(pool::put);
        Map<String, FunctionValue> enc = EncodingFunctions.all("");
        pool.put("json_decode", rename(enc.get("from_json"), "json_decode"));
        pool.put("yaml_decode", rename(enc.get("from_yaml"), "yaml_decode"));
        pool.put("base64_decode", rename(enc.get("from_base64"), "base64_decode"));
        for (String old : DEPRECATED.keySet()) {
            g.put(old, pool.get(old));
        }
    }

    /** Renames a function so its messages carry the alias, as Alloy prints the callee's text. */
    private static FunctionValue rename(FunctionValue f, String name) {
        return new FunctionValue(name, args -> {
            try {
                return f.call(args);
            } catch (ValueException e) {
                if (e.argIndex() < 0 && e.getMessage().startsWith(f.name() + " ")) {
                    throw new ValueException(
                            name + e.getMessage().substring(f.name().length()), -1);
                }
                throw e;
            }
        });
    }

    private static Map<String, String> deprecatedTable() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("env", "sys.env");
        m.put("nonsensitive", "convert.nonsensitive");
        m.put("concat", "array.concat");
        m.put("json_decode", "encoding.from_json");
        m.put("yaml_decode", "encoding.from_yaml");
        m.put("base64_decode", "encoding.from_base64");
        m.put("format", "string.format");
        m.put("join", "string.join");
        m.put("replace", "string.replace");
        m.put("split", "string.split");
        m.put("to_lower", "string.to_lower");
        m.put("to_upper", "string.to_upper");
        m.put("trim", "string.trim");
        m.put("trim_prefix", "string.trim_prefix");
        m.put("trim_suffix", "string.trim_suffix");
        m.put("trim_space", "string.trim_space");
        return Collections.unmodifiableMap(m);
    }

    /** Built on first use: reading the host name may touch the system. */
    private static final class Holder {
        static final Map<String, Value> DEFAULT = globals(System::getenv);
    }
}
