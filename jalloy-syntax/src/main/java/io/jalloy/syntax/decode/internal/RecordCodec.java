package io.jalloy.syntax.decode.internal;

import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.value.ValueType;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes an object value into an annotated record (an attribute such as {@code tls = { ... }})
 * and encodes records back into objects (component exports). The schema is looked up lazily so
 * records may refer to themselves.
 */
public record RecordCodec(Class<?> type) implements TypeCodec {

    @Override
    public ValueType alloyType() {
        return ValueType.OBJECT;
    }

    @Override
    public Object zero() {
        return null;
    }

    @Override
    public Object decode(Value v) throws DecodeFailure {
        if (!(v instanceof ObjectValue obj)) {
            throw ScalarCodecs.mismatch(ValueType.OBJECT, v);
        }
        return decodeLabeled(obj, null);
    }

    /** Decodes an object into the record, putting {@code label} (if not null) in its label. */
    Object decodeLabeled(ObjectValue obj, String label) throws DecodeFailure {
        RecordSchema schema = RecordSchema.of(type);
        RecordState state = new RecordState(schema);
        if (label != null && schema.hasLabel()) {
            state.setLabel(label);
        }
        decodeFields(schema, state, obj, "");
        return finish(state, obj);
    }

    /** The label of a record instance, or null when it has none. */
    String labelOf(Object instance) {
        RecordSchema schema = RecordSchema.of(type);
        return schema.hasLabel() ? (String) schema.component(instance, schema.labelIndex()) : null;
    }

    private static void decodeFields(RecordSchema schema, RecordState state, ObjectValue obj, String prefix)
            throws DecodeFailure {
        for (Map.Entry<String, Value> e : obj.fields().entrySet()) {
            String name = prefix + e.getKey();
            Slot slot = schema.slot(name);
            if (slot != null) {
                try {
                    state.set(slot, slot.valueCodec().decodeOrZero(e.getValue()));
                } catch (DecodeFailure f) {
                    throw f.inKey(e.getKey());
                }
            } else if (schema.isPrefix(name) && e.getValue() instanceof ObjectValue nested) {
                decodeFields(schema, state, nested, name + ".");
            } else {
                throw new DecodeFailure("key \"" + e.getKey() + "\" does not exist", e.getValue());
            }
        }
    }

    /** Builds the record and runs its validation, blaming {@code v} for failures. */
    static Object finish(RecordState state, Value v) throws DecodeFailure {
        Object built;
        try {
            built = state.build();
        } catch (InvocationTargetException e) {
            throw new DecodeFailure(String.valueOf(e.getCause().getMessage()), v);
        }
        if (built instanceof Validating validating) {
            try {
                validating.validate();
            } catch (ValueException e) {
                throw DecodeFailure.of(e, v);
            }
        }
        return built;
    }

    @Override
    public Value encode(Object o) {
        if (o == null) {
            return NullValue.INSTANCE;
        }
        RecordSchema schema = RecordSchema.of(type);
        Map<String, Value> out = new LinkedHashMap<>();
        for (Slot slot : schema.slots()) {
            Object v = get(schema, o, slot);
            put(out, slot.name(), slot.valueCodec().encode(v));
        }
        return new ObjectValue(out);
    }

    private static Object get(RecordSchema schema, Object instance, Slot slot) {
        RecordSchema s = schema;
        Object cur = instance;
        int[] path = slot.path();
        for (int i = 0; i < path.length; i++) {
            if (cur == null) {
                return null;
            }
            Object next = s.component(cur, path[i]);
            if (i < path.length - 1) {
                s = s.squashedAt(path[i]);
            }
            cur = next;
        }
        return cur;
    }

    // Dotted block names become nested objects: a.b = x gives { a = { b = x } }.
    private static void put(Map<String, Value> out, String name, Value v) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            out.put(name, v);
            return;
        }
        String head = name.substring(0, dot);
        Map<String, Value> inner = out.get(head) instanceof ObjectValue existing
                ? new LinkedHashMap<>(existing.fields())
                : new LinkedHashMap<>();
        put(inner, name.substring(dot + 1), v);
        out.put(head, new ObjectValue(inner));
    }
}
