package io.jalloy.runtime.render;

import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.Capsule;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.GoDuration;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Converts plain Java values to Alloy values by reflection: the fallback {@link
 * BodyEncoder#reflective} uses. Records keep their component order; maps are sorted by key, as
 * Alloy sorts Go maps.
 */
public final class JavaValues {

    private JavaValues() {}

    /** The Alloy value for {@code o}. */
    public static Value toValue(Object o) {
        return switch (o) {
            case null -> Value.nil();
            case Value v -> v;
            case String s -> new StringValue(s);
            case Boolean b -> BoolValue.of(b);
            case Integer i -> NumberValue.ofInt(i);
            case Long l -> NumberValue.ofInt(l);
            case Short s -> NumberValue.ofInt(s);
            case Byte b -> NumberValue.ofInt(b);
            case Double d -> NumberValue.ofFloat(d);
            case Float f -> NumberValue.ofFloat(f);
            case Duration d -> new StringValue(GoDuration.format(d));
            case Capsule c -> new CapsuleValue(c);
            case Optional<?> opt -> toValue(opt.orElse(null));
            case Enum<?> e -> new StringValue(e.toString());
            case Collection<?> c -> array(c);
            case Object[] a -> array(Arrays.asList(a));
            case Map<?, ?> m -> map(m);
            case Record r -> record(r);
            default -> new CapsuleValue(o);
        };
    }

    private static Value array(Collection<?> c) {
        List<Value> out = new ArrayList<>(c.size());
        for (Object e : c) {
            out.add(toValue(e));
        }
        return new ArrayValue(out);
    }

    private static Value map(Map<?, ?> m) {
        Map<String, Value> out = new TreeMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.put(String.valueOf(e.getKey()), toValue(e.getValue()));
        }
        return new ObjectValue(out);
    }

    private static Value record(Record r) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            try {
                rc.getAccessor().setAccessible(true);
                out.put(snakeCase(rc.getName()), toValue(rc.getAccessor().invoke(r)));
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                throw new IllegalArgumentException("cannot read " + r.getClass().getName() + "." + rc.getName(), e);
            }
        }
        return new ObjectValue(out);
    }

    /** {@code pollFrequency} → {@code poll_frequency}. */
    static String snakeCase(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (i > 0) {
                    sb.append('_');
                }
                sb.append((char) (c + ('a' - 'A')));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
