package io.jalloy.syntax.stdlib;

import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.FunctionValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.value.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code array} namespace. {@code concat} sits on the hot path of target pipelines, so it
 * copies each element once and returns a lone argument as is.
 */
final class ArrayFunctions {
    private ArrayFunctions() {}

    static Map<String, FunctionValue> all(String prefix) {
        Map<String, FunctionValue> m = new LinkedHashMap<>();
        Functions.put(m, prefix, "concat", (fn, args) -> concat(args));
        Functions.put(m, prefix, "combine_maps", (fn, args) -> combineMaps(args));
        Functions.put(m, prefix, "group_by", (fn, args) -> groupBy(args));
        return m;
    }

    static Value concat(List<Value> args) throws ValueException {
        if (args.isEmpty()) {
            return ArrayValue.EMPTY;
        }
        int size = 0;
        for (int i = 0; i < args.size(); i++) {
            size += Args.array(args, i).size();
        }
        if (args.size() == 1) {
            return args.get(0);
        }
        List<Value> out = new ArrayList<>(size);
        for (Value a : args) {
            out.addAll(((ArrayValue) a).elements());
        }
        return new ArrayValue(out);
    }

    private static Value combineMaps(List<Value> args) throws ValueException {
        if (args.size() != 3 && args.size() != 4) {
            throw new ValueException("combine_maps: expected 3 or 4 arguments, got " + args.size());
        }
        for (int i = 0; i < 2; i++) {
            ArrayValue a = Args.array(args, i);
            for (int j = 0; j < a.size(); j++) {
                if (!(a.get(j) instanceof ObjectValue)) {
                    throw Args.elementError(i, j, ValueType.OBJECT, a.get(j));
                }
            }
        }
        ArrayValue conditions = Args.array(args, 2);
        if (conditions.size() == 0) {
            throw new ValueException("combine_maps: merge conditions must not be empty", -1);
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            String k = Args.asString(conditions.get(i));
            keys.add(k == null ? "" : k);
        }
        boolean passthrough = args.size() == 4 && Args.bool(args, 3);
        ArrayValue left = (ArrayValue) args.get(0);
        ArrayValue right = (ArrayValue) args.get(1);
        List<Value> out = new ArrayList<>();
        for (Value l : left.elements()) {
            ObjectValue lo = (ObjectValue) l;
            for (Value r : right.elements()) {
                ObjectValue ro = (ObjectValue) r;
                if (joins(lo, ro, keys)) {
                    Map<String, Value> merged = new TreeMap<>(lo.fields());
                    merged.putAll(ro.fields());
                    out.add(new ObjectValue(merged));
                } else if (passthrough) {
                    out.add(lo);
                }
            }
        }
        return new ArrayValue(out);
    }

    private static boolean joins(ObjectValue left, ObjectValue right, List<String> keys) {
        for (String k : keys) {
            Value l = left.get(k);
            Value r = right.get(k);
            if (l == null || r == null || !GoSemantics.equal(l, r)) {
                return false;
            }
        }
        return true;
    }

    private static Value groupBy(List<Value> args) throws ValueException {
        if (args.size() != 3) {
            throw new ValueException("group_by: expected 3 arguments, got " + args.size());
        }
        ArrayValue items = Args.array(args, 0);
        if (!(args.get(1) instanceof StringValue keyValue)) {
            throw Args.typeError(1, ValueType.STRING, args.get(1));
        }
        String key = keyValue.value();
        boolean dropMissing = Args.bool(args, 2);
        // Alloy builds the groups in a Go map, whose order is random; first appearance is the
        // deterministic order its documentation shows.
        Map<String, List<Value>> groups = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof ObjectValue item)) {
                throw Args.elementError(0, i, ValueType.OBJECT, items.get(i));
            }
            Value v = item.get(key);
            if (v == null) {
                if (!dropMissing) {
                    groups.computeIfAbsent("", k -> new ArrayList<>()).add(item);
                }
                continue;
            }
            if (!(v instanceof StringValue s)) {
                throw new ValueException("[" + i + "]." + key + " should be string, got " + v.type().alloyName(), 0);
            }
            groups.computeIfAbsent(s.value(), k -> new ArrayList<>()).add(item);
        }
        List<Value> out = new ArrayList<>(groups.size());
        for (var e : groups.entrySet()) {
            Map<String, Value> group = new TreeMap<>();
            group.put(key, StringValue.of(e.getKey()));
            group.put("items", new ArrayValue(e.getValue()));
            out.add(new ObjectValue(group));
        }
        return new ArrayValue(out);
    }
}
