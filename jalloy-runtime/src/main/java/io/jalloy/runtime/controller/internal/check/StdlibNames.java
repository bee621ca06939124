package io.jalloy.runtime.controller.internal.check;

import java.util.Set;

/**
 * The standard library's top-level names as Alloy 1.18 defines them, which ones are deprecated
 * aliases, and which functions are experimental. Validation only needs the names, not the functions.
 */
public record StdlibNames(Set<String> identifiers, Set<String> deprecated, Set<String> experimental) {

    private static final Set<String> DEPRECATED = Set.of("env", "nonsensitive", "concat", "json_decode",
            "yaml_decode", "base64_decode", "format", "join", "replace", "split", "to_lower", "to_upper",
            "trim", "trim_prefix", "trim_suffix", "trim_space");

    /** Alloy's standard library. */
    public static final StdlibNames ALLOY = new StdlibNames(
            union(Set.of("constants", "coalesce", "json_path", "sys", "convert", "array", "encoding", "string", "file"),
                    DEPRECATED),
            DEPRECATED,
            Set.of("array.combine_maps"));

    public StdlibNames {
        identifiers = Set.copyOf(identifiers);
        deprecated = Set.copyOf(deprecated);
        experimental = Set.copyOf(experimental);
    }

    public boolean isIdentifier(String name) {
        return identifiers.contains(name);
    }

    public boolean isDeprecated(String name) {
        return deprecated.contains(name);
    }

    /** Whether a full dotted name such as {@code array.combine_maps} is experimental. */
    public boolean isExperimental(String dottedName) {
        return experimental.contains(dottedName);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
