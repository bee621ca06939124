package io.jalloy.syntax.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map from string keys to values. Keys keep the order in which they were written (object
 * literals, blocks); code that must match Alloy's map ordering sorts them.
 */
public record ObjectValue(Map<String, Value> fields) implements Value {

    public static final ObjectValue EMPTY = new ObjectValue(Map.of());

    public ObjectValue {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The value of a key, or null (Java null) when the key is absent. */
    public Value get(String key) {
        return fields.get(key);
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    @Override
    public ValueType type() {
        return ValueType.OBJECT;
    }
}
