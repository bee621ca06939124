package io.jalloy.syntax.decode.internal;

import io.jalloy.syntax.decode.ValueCodec;
import io.jalloy.syntax.value.ByteSize;
import io.jalloy.syntax.value.FunctionValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.OptionalSecret;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.Value;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the codec for a Java type, building it once and caching it. Thread-safe: codecs are
 * immutable and the cache is concurrent.
 */
public final class Codecs {
    private static final Map<Type, TypeCodec> CACHE = new ConcurrentHashMap<>();

    private Codecs() {}

    /** The codec for a (possibly generic) Java type. */
    public static TypeCodec forType(Type type) {
        TypeCodec c = CACHE.get(type);
        if (c == null) {
            c = build(type);
            TypeCodec raced = CACHE.putIfAbsent(type, c);
            if (raced != null) {
                c = raced;
            }
        }
        return c;
    }

    private static TypeCodec build(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                return new ContainerCodecs.ListCodec(forType(args[0]));
            }
            if (raw == Map.class) {
                if (args[0] != String.class) {
                    throw new IllegalArgumentException("maps must be keyed by String: " + type);
                }
                return new ContainerCodecs.MapCodec(forType(args[1]));
            }
            if (raw == Optional.class) {
                return new ContainerCodecs.OptionalCodec(forType(args[0]));
            }
            return forType(raw);
        }
        if (!(type instanceof Class<?> c)) {
            return OpaqueCodecs.ANY;
        }
        if (c == String.class) {
            return ScalarCodecs.STRING;
        }
        if (c == boolean.class || c == Boolean.class) {
            return ScalarCodecs.BOOLEAN;
        }
        Class<?> primitive = primitiveNumber(c);
        if (primitive != null) {
            return ScalarCodecs.number(primitive, !c.isPrimitive());
        }
        if (c == Duration.class) {
            return ScalarCodecs.DURATION;
        }
        if (c == ByteSize.class) {
            return ScalarCodecs.BYTE_SIZE;
        }
        if (c == Secret.class) {
            return ScalarCodecs.SECRET;
        }
        if (c == OptionalSecret.class) {
            return ScalarCodecs.OPTIONAL_SECRET;
        }
        if (c == Value.class) {
            return OpaqueCodecs.RAW;
        }
        if (c == FunctionValue.class) {
            return OpaqueCodecs.FUNCTION;
        }
        if (c == Object.class || c == List.class || c == Map.class) {
            return OpaqueCodecs.ANY;
        }
        ValueCodec<Object> custom = customCodec(c);
        if (custom != null) {
            return new OpaqueCodecs.CustomCodec(custom);
        }
        if (c.isRecord() && RecordSchema.isAnnotatedRecord(c)) {
            return new RecordCodec(c);
        }
        return new OpaqueCodecs.CapsuleCodec(c);
    }

    private static Class<?> primitiveNumber(Class<?> c) {
        if (c == int.class || c == Integer.class) {
            return int.class;
        } else if (c == long.class || c == Long.class) {
            return long.class;
        } else if (c == double.class || c == Double.class) {
            return double.class;
        } else if (c == float.class || c == Float.class) {
            return float.class;
        } else if (c == short.class || c == Short.class) {
            return short.class;
        } else if (c == byte.class || c == Byte.class) {
            return byte.class;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static ValueCodec<Object> customCodec(Class<?> c) {
        try {
            Method m = c.getDeclaredMethod("alloyCodec");
            if (Modifier.isStatic(m.getModifiers()) && ValueCodec.class.isAssignableFrom(m.getReturnType())) {
                m.setAccessible(true);
                return (ValueCodec<Object>) m.invoke(null);
            }
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(c.getName() + ".alloyCodec() failed", e);
        }
        return null;
    }

    /** Encodes a Java object by its runtime class (lists, maps and optionals element by element). */
    public static Value encodeDynamic(Object o) {
        return switch (o) {
            case null -> NullValue.INSTANCE;
            case Value v -> v;
            case List<?> list -> new ContainerCodecs.ListCodec(OpaqueCodecs.ANY).encode(list);
            case Map<?, ?> map -> new ContainerCodecs.MapCodec(OpaqueCodecs.ANY).encode(map);
            case Optional<?> opt -> encodeDynamic(opt.orElse(null));
            default -> forType(o.getClass()).encode(o);
        };
    }
}
