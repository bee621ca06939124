package io.jalloy.runtime.controller;

import io.jalloy.syntax.decode.Encoder;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a component exports before it publishes anything: its exports record with zero values
 * ({@code 0}, {@code false}, {@code ""}, empty lists and maps), as Alloy starts every component
 * from the zero value of its exports type. Computed once per type; thread-safe.
 */
public final class ZeroExports {
    private static final Map<Class<?>, Value> CACHE = new ConcurrentHashMap<>();

    private ZeroExports() {}

    /** The zero exports of {@code exportsType}; other reference types are null. */
    public static Value of(Class<?> exportsType) {
        return CACHE.computeIfAbsent(exportsType, t -> of(t, other -> null));
    }

    /**
     * The zero exports of {@code type}, where a component of a type that has no zero value above
     * (an interface such as a receiver, say) takes {@code others}' value for that type. Not cached.
     */
    public static Value of(Class<?> type, Function<Class<?>, Object> others) {
        if (!type.isRecord()) {
            return ObjectValue.EMPTY;
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = zero(types[i], others);
        }
        try {
            Constructor<?> c = type.getDeclaredConstructor(types);
            c.setAccessible(true);
            return Encoder.encode(c.newInstance(values));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return ObjectValue.EMPTY; // a record that refuses zero values exports nothing until it publishes
        }
    }

    private static Object zero(Class<?> t, Function<Class<?>, Object> others) {
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
        return others.apply(t);
    }
}
