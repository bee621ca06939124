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

    /** {@code [n]} or {@code [1,-1]}: array elements, negative indexes counting from the end. */
    record Indexes(List<Integer> indexes) implements JsonPathStep {
        @Override
        public void apply(Value node, Value root, List<Value> out) {
            if (node instanceof ArrayValue a) {
                for (int i : indexes) {
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

    /** {@code [start:end:step]} with Python-like defaults and negative positions. */
    record Slice(Integer start, Integer end, int step) implements JsonPathStep {
        @Override
        public void apply(Value node, Value root, List<Value> out) {
            if (!(node instanceof ArrayValue a) || step == 0) {
                return;
            }
            int n = a.size();
            if (step > 0) {
                int s = clamp(start == null ? 0 : start, n);
                int e = clamp(end == null ? n : end, n);
                for (int i = s; i < e; i += step) {
                    out.add(a.get(i));
                }
            } else {
                int s = start == null ? n - 1 : Math.min(norm(start, n), n - 1);
                int e = end == null ? -1 : Math.max(norm(end, n), -1);
                for (int i = s; i > e; i += step) {
                    out.add(a.get(i));
                }
            }
        }

        private static int norm(int i, int n) {
            return i < 0 ? i + n : i;
        }

        private static int clamp(int i, int n) {
            return Math.max(0, Math.min(norm(i, n), n));
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
