package io.jalloy.syntax.decode.internal;

import io.jalloy.syntax.decode.ValueCodec;
import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.FunctionValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.value.ValueType;
import io.jalloy.syntax.value.Values;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Codecs for raw values, {@code Object} (any value as plain Java), functions, capsules of a Java
 * class, and types with their own {@link ValueCodec}.
 */
final class OpaqueCodecs {
    private OpaqueCodecs() {}

    /** Keeps the Alloy value as it is ({@code Value} components). */
    static final TypeCodec RAW = new ScalarCodecs.Simple(ValueType.NULL, NullValue.INSTANCE) {
        @Override
        public Object decode(Value v) {
            return v;
        }

        @Override
        Value encodeNonNull(Object o) {
            return (Value) o;
        }
    };

    static final TypeCodec FUNCTION = new ScalarCodecs.Simple(ValueType.FUNCTION, null) {
        @Override
        public Object decode(Value v) throws DecodeFailure {
            if (v instanceof FunctionValue f) {
                return f;
            }
            throw ScalarCodecs.mismatch(ValueType.FUNCTION, v);
        }

        @Override
        Value encodeNonNull(Object o) {
            return (FunctionValue) o;
        }
    };

    /** Any value as plain Java: Long, Double, String, Boolean, List, Map, or a capsule's object. */
    static final TypeCodec ANY = new ScalarCodecs.Simple(ValueType.CAPSULE, null) {
        @Override
        public Object decode(Value v) {
            return plain(v);
        }

        @Override
        Value encodeNonNull(Object o) {
            return Codecs.encodeDynamic(o);
        }
    };

    static Object plain(Value v) {
        return switch (v) {
            case NullValue n -> null;
            case NumberValue n -> n.kind() == NumberValue.Kind.FLOAT ? (Object) n.floatValue() : (Object) Values.asInt(n);
            case StringValue s -> s.value();
            case BoolValue b -> b.value();
            case ArrayValue a -> {
                List<Object> out = new ArrayList<>(a.size());
                for (Value e : a.elements()) {
                    out.add(plain(e));
                }
                yield Collections.unmodifiableList(out);
            }
            case ObjectValue o -> {
                Map<String, Object> out = new LinkedHashMap<>();
                o.fields().forEach((k, e) -> out.put(k, plain(e)));
                yield Collections.unmodifiableMap(out);
            }
            case FunctionValue f -> f;
            case CapsuleValue c -> c.value();
        };
    }

    /** A capsule holding an instance of {@code type}. */
    record CapsuleCodec(Class<?> type) implements TypeCodec {
        @Override
        public ValueType alloyType() {
            return ValueType.CAPSULE;
        }

        @Override
        public Object decode(Value v) throws DecodeFailure {
            if (v instanceof CapsuleValue c) {
                if (type.isInstance(c.value())) {
                    return c.value();
                }
                throw new DecodeFailure("expected capsule(\"" + type.getName() + "\"), got capsule(\""
                        + c.value().getClass().getName() + "\")", v);
            }
            throw ScalarCodecs.mismatch(ValueType.CAPSULE, v);
        }

        @Override
        public Object zero() {
            return null;
        }

        @Override
        public Value encode(Object o) {
            return o == null ? NullValue.INSTANCE : new CapsuleValue(o);
        }
    }

    /** A type that converts itself through its {@code alloyCodec()}. */
    record CustomCodec(ValueCodec<Object> codec) implements TypeCodec {
        @Override
        public ValueType alloyType() {
            return codec.alloyType();
        }

        @Override
        public Object decode(Value v) throws DecodeFailure {
            try {
                return codec.decode(v);
            } catch (ValueException e) {
                throw DecodeFailure.of(e, v);
            }
        }

        @Override
        public Object zero() {
            return null;
        }

        @Override
        public Value encode(Object o) {
            return o == null ? NullValue.INSTANCE : codec.encode(o);
        }
    }
}
