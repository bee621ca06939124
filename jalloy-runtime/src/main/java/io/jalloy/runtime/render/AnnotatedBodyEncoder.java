package io.jalloy.runtime.render;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Encoder;
import io.jalloy.syntax.decode.Enum;
import io.jalloy.syntax.decode.Label;
import io.jalloy.syntax.decode.Squash;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Renders records declared with the syntax module's decoding annotations as Alloy renders Go
 * structs: {@link Attr} fields become attributes, {@link Block} and {@link Enum} fields blocks,
 * {@link Squash} fields are inlined, the {@link Label} goes to the block, and an optional field
 * equal to its default (from the record's {@code static defaults()}, else the zero value) is left
 * out. Values are encoded with the syntax module's {@link Encoder}. Stateless and thread-safe.
 */
final class AnnotatedBodyEncoder {

    private AnnotatedBodyEncoder() {}

    /** Whether {@code type} is a record carrying at least one decoding annotation. */
    static boolean isAnnotated(Class<?> type) {
        if (!type.isRecord()) {
            return false;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.isAnnotationPresent(Attr.class) || c.isAnnotationPresent(Block.class) || c.isAnnotationPresent(Enum.class)
                    || c.isAnnotationPresent(Label.class) || c.isAnnotationPresent(Squash.class)) {
                return true;
            }
        }
        return false;
    }

    static List<BodyStatement> body(Record r) {
        List<BodyStatement> out = new ArrayList<>();
        append(out, r);
        return out;
    }

    private static void append(List<BodyStatement> out, Record r) {
        Record defaults = defaultsOf(r.getClass());
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v = read(c, r);
            Attr attr = c.getAnnotation(Attr.class);
            Block block = c.getAnnotation(Block.class);
            Enum en = c.getAnnotation(Enum.class);
            if (c.isAnnotationPresent(Squash.class) && v instanceof Record inner) {
                append(out, inner);
            } else if (attr != null) {
                if (!(attr.optional() && isDefault(v, c, defaults))) {
                    out.add(new BodyStatement.Attr(attr.value(), Encoder.encode(v)));
                }
            } else if (block != null) {
                if (!(block.optional() && isDefault(v, c, defaults))) {
                    blocks(out, block.value(), v);
                }
            } else if (en != null && v instanceof List<?> list) {
                for (Object element : list) {
                    enumElement(out, en.value(), element);
                }
            }
        }
    }

    private static void blocks(List<BodyStatement> out, String name, Object v) {
        switch (v) {
            case null -> { }
            case Optional<?> opt -> opt.ifPresent(inner -> blocks(out, name, inner));
            case List<?> list -> list.forEach(e -> blocks(out, name, e));
            case ObjectValue obj -> out.add(new BodyStatement.Block(name, "", attrs(obj.fields())));
            case Record inner -> out.add(new BodyStatement.Block(name, labelOf(inner), body(inner)));
            case Map<?, ?> map -> out.add(new BodyStatement.Block(name, "", attrs(new TreeMap<>(map))));
            default -> out.add(new BodyStatement.Block(name, "", List.of()));
        }
    }

    /** An enum element: the first kind that is set, as {@code prefix.kind { ... }}. */
    private static void enumElement(List<BodyStatement> out, String prefix, Object element) {
        if (!(element instanceof Record r)) {
            return;
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Block kind = c.getAnnotation(Block.class);
            Object v = read(c, r);
            if (kind != null && !isZero(v)) {
                blocks(out, prefix + "." + kind.value(), v);
                return;
            }
        }
    }

    private static List<BodyStatement> attrs(Map<?, ?> map) {
        List<BodyStatement> out = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Value v = e.getValue() instanceof Value value ? value : Encoder.encode(e.getValue());
            out.add(new BodyStatement.Attr(String.valueOf(e.getKey()), v));
        }
        return out;
    }

    private static String labelOf(Record r) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.isAnnotationPresent(Label.class)) {
                Object v = read(c, r);
                return v == null ? "" : v.toString();
            }
        }
        return "";
    }

    /** Alloy's rule: left out when equal to the default, or when both it and the default are zero. */
    private static boolean isDefault(Object v, RecordComponent c, Record defaults) {
        Object d = defaults == null ? null : read(c, defaults);
        return Objects.equals(v, d) || (isZero(d) && isZero(v));
    }

    private static boolean isZero(Object v) {
        return switch (v) {
            case null -> true;
            case String s -> s.isEmpty();
            case Number n -> n.doubleValue() == 0;
            case Boolean b -> !b;
            case Duration d -> d.isZero();
            case Collection<?> c -> c.isEmpty();
            case Map<?, ?> m -> m.isEmpty();
            case Optional<?> o -> o.isEmpty();
            default -> false;
        };
    }

    private static Record defaultsOf(Class<?> type) {
        try {
            Method m = type.getDeclaredMethod("defaults");
            if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type) {
                m.setAccessible(true);
                return (Record) m.invoke(null);
            }
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot call " + type.getName() + ".defaults()", e);
        }
        return null;
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot read " + r.getClass().getName() + "." + c.getName(), e);
        }
    }
}
