package io.jalloy.syntax.stdlib.internal;

import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import java.util.ArrayList;
import java.util.List;

/** One fragment of a JSONPath; each maps a node to the nodes it selects. */
sealed interface JsonPathStep {

    void apply(Value node, Value root, List<Value> out);

    /** {@code $}: the document root. */
    record Root() implements JsonPathStep {
        @Override
        public void apply(Value node, Value root, List<Value> out) {
            out.add(root);
        }
    }

    /** {@code @}: the node itself. */
    record Current() implements JsonPathStep {
        @Override
        public void apply(Value node, Value root, List<Value> out) {
            out.add(node);
        }
    }

    /** {@code .key} or {@code ['a','b']}. */
    record Keys(List<String> keys) implements JsonPathStep {
        @Override
        public void apply(Value node, Value root, List<Value> out) {
            if (node instanceof ObjectValue o) {
                for (String k : keys) {
                    Value v = o.get(k);
                    if (v != null) {
                        out.add(v);
                    }
                }
            }
        }
    }

    /** {@code [n]}, {@code ['a']} or a union {@code [1,'a',-1]}: indexes apply to arrays, names to objects. */
    record Union(List<Object> items) implements JsonPathStep {
        @Override
        public void apply(Value node, Value root, List<Value> out) {
            for (Object item : items) {
                if (item instanceof String key && node instanceof ObjectValue o) {
                    Value v = o.get(key);
                    if (v != null) {
                        out.add(v);
                    }
                } else if (item instanceof Integer i && node instanceof ArrayValue a) {
                    int k = i < 0 ? i + a.size() : i;
                    if (k >= 0 && k < a.size()) {
                        out.add(a.get(k));
                    }
                }
            }
        }
    }

    /** {@code *} or {@code [*]}. */
    record Wildcard() implements JsonPathStep {
        @Override
        public void apply(Value node, Value root, List<Value> out) {
            JsonPath.children(node, out);
        }
    }

    /** {@code ..}: the node and every node below it, depth first. */
    record Descent() implements JsonPathStep {
        @Override
        public void apply(Value node, Value root, List<Value> out) {
            out.add(node);
            List<Value> kids = new ArrayList<>();
            JsonPath.children(node, kids);
            for (Value k : kids) {
                apply(k, root, out);
            }
        }
    }

    /**
     * {@code [start:end:step]} as ojg slices: start defaults to 0 and end to past the last element
     * whatever the step's sign, so {@code [::-1]} selects nothing.
     */
    record Slice(Integer start, Integer end, int step) implements JsonPathStep {
        @Override
        public void apply(Value node, Value root, List<Value> out) {
            if (!(node instanceof ArrayValue a) || step == 0) {
                return;
            }
            int n = a.size();
            int s = start == null ? 0 : start;
            long e = end == null ? Integer.MAX_VALUE : end;
            if (s < 0) {
                s = Math.max(s + n, 0);
            }
            if (e < 0) {
                e += n;
            }
            if (n <= s) {
                return;
            }
            if (step > 0) {
                e = Math.min(e, n);
                for (int i = s; i < e; i += step) {
                    out.add(a.get(i));
                }
            } else {
                e = Math.max(e, -1);
                for (int i = s; e < i; i += step) {
                    out.add(a.get(i));
                }
            }
        }
    }

    /** {@code [?(expr)]}: the children for which the expression holds. */
    record Filter(JsonPathExpr expr) implements JsonPathStep {
        @Override
        public void apply(Value node, Value root, List<Value> out) {
            List<Value> kids = new ArrayList<>();
            JsonPath.children(node, kids);
            for (Value k : kids) {
                if (JsonPathExpr.truthy(expr.eval(k, root))) {
                    out.add(k);
                }
            }
        }
    }
}
