package io.jalloy.runtime.controller.internal.check;

import io.jalloy.runtime.controller.BlockSchema;
import io.jalloy.runtime.controller.ValueSpec;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Enum;
import io.jalloy.syntax.decode.Squash;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the schema of an arguments record from the decoder's annotations ({@link Attr},
 * {@link Block}, {@link Enum}, {@link Squash}), so validation checks real components against
 * exactly what their decoding accepts. Schemas are computed once per class; thread-safe.
 */
public final class RecordSchemas {
    private static final Map<Class<?>, BlockSchema> CACHE = new ConcurrentHashMap<>();
    /** Types whose schema this thread is building: a recursive block (stage.match) is left open. */
    private static final ThreadLocal<java.util.Set<Class<?>>> BUILDING = ThreadLocal.withInitial(java.util.HashSet::new);

    private RecordSchemas() {}

    /** The schema of {@code type}'s block body. */
    public static BlockSchema of(Class<?> type) {
        BlockSchema cached = CACHE.get(type);
        if (cached != null) {
            return cached;
        }
        java.util.Set<Class<?>> building = BUILDING.get();
        if (!building.add(type)) {
            return BlockSchema.ANY_BODY;
        }
        BlockSchema.Builder b = BlockSchema.builder();
        try {
            add(b, type);
        } finally {
            building.remove(type);
        }
        BlockSchema built = b.build();
        CACHE.putIfAbsent(type, built);
        return built;
    }

    private static void add(BlockSchema.Builder b, Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        for (RecordComponent c : type.getRecordComponents()) {
            Attr attr = c.getAnnotation(Attr.class);
            Block block = c.getAnnotation(Block.class);
            Enum en = c.getAnnotation(Enum.class);
            if (attr != null) {
                if (attr.optional()) {
                    b.optional(attr.value(), ValueSpec.javaType(c.getGenericType()));
                } else {
                    b.required(attr.value(), ValueSpec.javaType(c.getGenericType()));
                }
            } else if (block != null) {
                block(b, block.value(), !block.optional(), c.getGenericType());
            } else if (en != null) {
                enumMembers(b, en.value(), elementType(c.getGenericType()));
            } else if (c.isAnnotationPresent(Squash.class)) {
                add(b, c.getType());
            }
        }
    }

    private static void block(BlockSchema.Builder b, String name, boolean required, Type type) {
        Class<?> raw = raw(type);
        if (List.class.isAssignableFrom(raw)) {
            b.blocks(name, of(raw(elementType(type))), required);
        } else if (raw.isRecord()) {
            b.block(name, of(raw), required);
        } else {
            b.block(name, BlockSchema.ANY_BODY, required);
        }
    }

    private static void enumMembers(BlockSchema.Builder b, String prefix, Type element) {
        for (RecordComponent m : raw(element).getRecordComponents()) {
            Block member = m.getAnnotation(Block.class);
            if (member != null) {
                Class<?> kind = m.getType();
                b.blocks(prefix + "." + member.value(), kind.isRecord() ? of(kind) : BlockSchema.ANY_BODY, false);
            }
        }
    }

    private static Type elementType(Type listType) {
        if (listType instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[0];
        }
        throw new IllegalArgumentException("expected a List type, got " + listType);
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported type " + t);
    }
}
