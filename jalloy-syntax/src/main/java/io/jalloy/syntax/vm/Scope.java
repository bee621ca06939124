package io.jalloy.syntax.vm;

import io.jalloy.syntax.value.Value;
import java.util.Map;

/**
 * The names visible to an expression: this scope's variables, then its parent's, up to a root
 * that normally holds the standard library ({@code Scope.root(Stdlib.globals())}). Immutable, so
 * one scope can serve evaluations on many threads at once.
 */
public final class Scope {
    private static final Scope EMPTY = new Scope(null, Map.of());

    private final Scope parent;
    private final Map<String, Value> variables;

    private Scope(Scope parent, Map<String, Value> variables) {
        this.parent = parent;
        this.variables = Map.copyOf(variables);
    }

    /** A scope with no names at all. */
    public static Scope empty() {
        return EMPTY;
    }

    /** A scope without a parent, such as the standard library's globals. */
    public static Scope root(Map<String, Value> variables) {
        return new Scope(null, variables);
    }

    /** A scope whose names shadow this one's. */
    public Scope child(Map<String, Value> variables) {
        return new Scope(this, variables);
    }

    /** The parent scope, or null at the root. */
    public Scope parent() {
        return parent;
    }

    /** This scope's own variables, without its parents'. */
    public Map<String, Value> variables() {
        return variables;
    }

    /** The value of {@code name} in the nearest scope that defines it, or null when none does. */
    public Value lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Value v = s.variables.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
