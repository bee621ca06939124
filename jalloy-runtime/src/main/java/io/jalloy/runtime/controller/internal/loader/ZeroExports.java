package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.syntax.decode.Encoder;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a component exports before it publishes anything: its exports record with zero values
 * ({@code 0}, {@code false}, {@code ""}, empty lists and maps), as Alloy starts every component
 * from the zero value of its exports type. Computed once per type; thread-safe.
 */
final class ZeroExports {
    private static final Map<Class<?>, Value> CACHE = new ConcurrentHashMap<>();

    private ZeroExports() {}

    static Value of(Class<?> exportsType) {
        return CACHE.computeIfAbsent(exportsType, ZeroExports::build);
    }

    private static Value build(Class<?> type) {
        if (!type.isRecord()) {
            return ObjectValue.EMPTY;
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = zero(types[i]);
        }
        try {
            Constructor<?> c = type.getDeclaredConstructor(types);
            c.setAccessible(true);
            return Encoder.encode(c.newInstance(values));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return ObjectValue.EMPTY; // a record that refuses zero values exports nothing until it publishes
        }
    }

    private static Object zero(Class<?> t) {
        if (t == boolean.class) {
            return false;
        } else if (t == long.class) {
            return 0L;
        } else if (t == int.class) {
            return 0;
        } else if (t == double.class) {
            return 0.0;
        } else if (t == float.class) {
            return 0f;
        } else if (t == short.class) {
            return (short) 0;
        } else if (t == byte.class) {
            return (byte) 0;
        } else if (t == char.class) {
            return (char) 0;
        } else if (t == String.class) {
            return "";
        } else if (t == List.class) {
            return List.of();
        } else if (t == Map.class) {
            return Map.of();
        } else if (t == Optional.class) {
            return Optional.empty();
        }
        return null;
    }
}
