package io.jalloy.runtime.controller.internal.check;

import io.jalloy.syntax.stdlib.Stdlib;
import java.util.Set;

/**
 * The standard library's top-level names, which ones are deprecated aliases, and which functions
 * are experimental. Validation only needs the names, not the functions.
 */
record StdlibNames(Set<String> identifiers, Set<String> deprecated, Set<String> experimental) {

    /** Alloy's standard library, as {@link Stdlib} defines it. */
    public static final StdlibNames ALLOY = new StdlibNames(
            Stdlib.globals(name -> "").keySet(), Stdlib.deprecated().keySet(), Stdlib.experimental());

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
}
