package io.jalloy.syntax.decode.internal;

import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Codecs for {@code List<T>}, {@code Map<String, T>} and {@code Optional<T>}; results are unmodifiable. */
final class ContainerCodecs {
    private ContainerCodecs() {}

    record ListCodec(TypeCodec element) implements TypeCodec {
        @Override
        public ValueType alloyType() {
            return ValueType.ARRAY;
        }

        @Override
        public Object decode(Value v) throws DecodeFailure {
            if (!(v instanceof ArrayValue array)) {
                throw ScalarCodecs.mismatch(ValueType.ARRAY, v);
            }
            List<Object> out = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                Value item = array.get(i);
                if (item instanceof NullValue && element.zero() == null) {
                    // Go would store a nil here and fail later at run time; refuse it while decoding.
                    throw ScalarCodecs.mismatch(element.alloyType(), item).inElement(i);
                }
                try {
                    out.add(element.decodeOrZero(item));
                } catch (DecodeFailure f) {
                    throw f.inElement(i);
                }
            }
            return Collections.unmodifiableList(out);
        }

        @Override
        public Object zero() {
            return List.of();
        }

        @Override
        public Value encode(Object o) {
            if (o == null) {
                return NullValue.INSTANCE;
            }
            List<?> list = (List<?>) o;
            List<Value> out = new ArrayList<>(list.size());
            for (Object e : list) {
                out.add(element.encode(e));
            }
            return new ArrayValue(out);
        }
    }

    record MapCodec(TypeCodec element) implements TypeCodec {
        @Override
        public ValueType alloyType() {
            return ValueType.OBJECT;
        }

        @Override
        public Object decode(Value v) throws DecodeFailure {
            if (!(v instanceof ObjectValue obj)) {
                throw ScalarCodecs.mismatch(ValueType.OBJECT, v);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Value> e : obj.fields().entrySet()) {
                try {
                    out.put(e.getKey(), element.decodeOrZero(e.getValue()));
                } catch (DecodeFailure f) {
                    throw f.inKey(e.getKey());
                }
            }
            return Collections.unmodifiableMap(out);
        }

        @Override
        public Object zero() {
            return Map.of();
        }

        @Override
        public Value encode(Object o) {
            if (o == null) {
                return NullValue.INSTANCE;
            }
            Map<String, Value> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
                out.put(String.valueOf(e.getKey()), element.encode(e.getValue()));
            }
            return new ObjectValue(out);
        }
    }

    record OptionalCodec(TypeCodec inner) implements TypeCodec {
        @Override
        public ValueType alloyType() {
            return inner.alloyType();
        }

        @Override
        public Object decode(Value v) throws DecodeFailure {
            Object decoded = inner.decode(v);
            return Optional.ofNullable(decoded);
        }

        @Override
        public Object zero() {
            return Optional.empty();
        }

        @Override
        public Value encode(Object o) {
            return o == null ? NullValue.INSTANCE : inner.encode(((Optional<?>) o).orElse(null));
        }
    }
}
