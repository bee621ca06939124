package io.jalloy.syntax.stdlib.internal;

import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled JSONPath expression in the dialect of github.com/ohler55/ojg/jp, the library behind
 * Alloy's {@code json_path}: optional {@code $} or {@code @} root, {@code .key}, {@code ['key']},
 * {@code [n]} (negative from the end), {@code *}, {@code ..}, slices {@code [a:b:c]}, unions
 * {@code [a,b]} and filters {@code [?(@.x == 'y' && @.n > 2)]}. Immutable and thread-safe.
 */
public final class JsonPath {
    private final List<JsonPathStep> steps;

    JsonPath(List<JsonPathStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /** A path that does not parse, with a message in ojg's "... at N in PATH" form. */
    public static final class PathException extends Exception {
        public PathException(String message) {
            super(message, null, false, false);
        }
    }

    public static JsonPath compile(String path) throws PathException {
        return new JsonPathParser(path).parse();
    }

    /** All values the path selects in {@code root}, in document order. */
    public List<Value> get(Value root) {
        return steps.isEmpty() ? List.of() : eval(root, root);
    }

    /** Evaluates relative to {@code current}; {@code $} in filters still refers to {@code root}. */
    List<Value> eval(Value current, Value root) {
        List<Value> nodes = new ArrayList<>();
        nodes.add(current);
        for (JsonPathStep step : steps) {
            List<Value> next = new ArrayList<>();
            for (Value n : nodes) {
                step.apply(n, root, next);
            }
            nodes = next;
            if (nodes.isEmpty()) {
                break;
            }
        }
        return nodes;
    }

    /** The children of a node in order: array elements, or object values by sorted key. */
    static void children(Value v, List<Value> out) {
        if (v instanceof ArrayValue a) {
            out.addAll(a.elements());
        } else if (v instanceof ObjectValue o) {
            new java.util.TreeMap<>(o.fields()).values().forEach(out::add);
        }
    }
}
