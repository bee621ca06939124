package io.jalloy.syntax.decode.internal;

import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Repeated labeled blocks as a value: Alloy represents {@code endpoint "a" { }} blocks as an
 * object keyed by label, so exports and object values read them back by label.
 */
record LabeledBlocksCodec(RecordCodec element) implements TypeCodec {

    @Override
    public ValueType alloyType() {
        return ValueType.OBJECT;
    }

    @Override
    public Object decode(Value v) throws DecodeFailure {
        if (!(v instanceof ObjectValue obj)) {
            throw ScalarCodecs.mismatch(ValueType.OBJECT, v);
        }
        List<Object> out = new ArrayList<>(obj.fields().size());
        for (Map.Entry<String, Value> e : obj.fields().entrySet()) {
            if (!(e.getValue() instanceof ObjectValue inner)) {
                throw ScalarCodecs.mismatch(ValueType.OBJECT, e.getValue()).inKey(e.getKey());
            }
            try {
                out.add(element.decodeLabeled(inner, e.getKey()));
            } catch (DecodeFailure f) {
                throw f.inKey(e.getKey());
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
        Map<String, Value> out = new LinkedHashMap<>();
        for (Object item : (List<?>) o) {
            out.put(element.labelOf(item), element.encode(item));
        }
        return new ObjectValue(out);
    }
}
