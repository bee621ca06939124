package io.jalloy.runtime.controller.internal.check;

import java.util.HashSet;
import java.util.Set;

/**
 * The names a config can read without referring to a component: variables of the module or
 * foreach it is in ({@code argument}, {@code module_path}, the foreach {@code var}), the enclosing
 * scopes' names, and the standard library.
 */
final class Scope {
    private final Scope parent;
    private final StdlibNames stdlib;
    private final Set<String> variables = new HashSet<>();

    private Scope(Scope parent, StdlibNames stdlib) {
        this.parent = parent;
        this.stdlib = stdlib;
    }

    static Scope root(StdlibNames stdlib) {
        return new Scope(null, stdlib);
    }

    Scope child() {
        return new Scope(this, stdlib);
    }

    void define(String name) {
        variables.add(name);
    }

    /** Whether {@code name} is a variable here or above, or a standard-library identifier. */
    boolean lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.variables.contains(name)) {
                return true;
            }
        }
        return stdlib.isIdentifier(name);
    }

    StdlibNames stdlib() {
        return stdlib;
    }
}
