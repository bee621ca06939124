package io.jalloy.syntax.decode.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A record being decoded: its constructor arguments, starting from {@code defaults()} (or zero
 * values), with nested states for squashed components and lists for repeated blocks. Confined
 * to the decoding thread.
 */
public final class RecordState {
    private final RecordSchema schema;
    private final Object[] args;
    private final RecordState[] squashed;
    private final Map<Integer, List<Object>> lists = new HashMap<>();

    /** A state for {@code schema}, starting from the record's defaults. */
    public RecordState(RecordSchema schema) {
        this(schema, schema.defaultsInstance());
    }

    private RecordState(RecordSchema schema, Object base) {
        this.schema = schema;
        int n = schema.componentCount();
        args = new Object[n];
        squashed = new RecordState[n];
        for (int i = 0; i < n; i++) {
            Object v = base == null ? schema.zeroAt(i) : schema.component(base, i);
            RecordSchema inner = schema.squashedAt(i);
            if (inner != null) {
                squashed[i] = v != null ? new RecordState(inner, v) : new RecordState(inner);
            } else {
                args[i] = v;
            }
        }
    }

    /** Sets a slot's value. */
    public void set(Slot slot, Object value) {
        RecordState s = this;
        int[] path = slot.path();
        for (int i = 0; i < path.length - 1; i++) {
            s = s.squashed[path[i]];
        }
        s.args[path[path.length - 1]] = value == null ? s.schema.zeroAt(path[path.length - 1]) : value;
    }

    /** Appends one block to a repeated-block or enum slot; the first append replaces the default. */
    public void append(Slot slot, Object element) {
        lists.computeIfAbsent(slot.id(), k -> new ArrayList<>()).add(element);
    }

    /** Sets a top-level component directly (the member of an enum element). */
    public void setComponent(int component, Object value) {
        args[component] = value;
    }

    /** Sets the label component. */
    public void setLabel(String label) {
        args[schema.labelIndex()] = label;
    }

    /** Builds the record. */
    public Object build() throws InvocationTargetException {
        for (Map.Entry<Integer, List<Object>> e : lists.entrySet()) {
            set(schema.slots().get(e.getKey()), Collections.unmodifiableList(e.getValue()));
        }
        for (int i = 0; i < squashed.length; i++) {
            if (squashed[i] != null) {
                args[i] = squashed[i].build();
            }
        }
        return schema.construct(args);
    }
}
