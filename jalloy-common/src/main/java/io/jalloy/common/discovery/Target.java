package io.jalloy.common.discovery;

import io.jalloy.common.labels.LabelInterner;
import io.jalloy.common.labels.Labels;
import io.jalloy.syntax.decode.ValueCodec;
import io.jalloy.syntax.scanner.Literals;
import io.jalloy.syntax.value.Capsule;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.ObjectConvertible;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.value.ValueType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A discovered target: the label set that discovery components export and scrapers, log
 * sources and relabelers consume (Alloy's {@code discovery.Target}). Declare arguments and
 * exports as {@code List<Target>}: Alloy code sees {@code list(map(string))}. Immutable.
 *
 * <p>Decoding accepts an object whose values are strings (numbers and booleans are written out
 * as text, as Alloy does), or a capsule holding a target. Encoding gives an object with the keys
 * in name order, so targets print and compare as plain Alloy maps.
 */
public final class Target implements Capsule, ObjectConvertible {

    /** The target without labels. */
    public static final Target EMPTY = new Target(Labels.EMPTY);

    private static final ValueCodec<Target> CODEC = new TargetCodec();

    private final Labels labels;

    private Target(Labels labels) {
        this.labels = labels;
    }

    /** The target with these labels. */
    public static Target of(Labels labels) {
        return labels.isEmpty() ? EMPTY : new Target(Objects.requireNonNull(labels, "labels"));
    }

    /** The target with these labels (alternating names and values). */
    public static Target of(String... namesAndValues) {
        return of(Labels.of(namesAndValues));
    }

    /** The target with the labels of a map. */
    public static Target fromMap(Map<String, String> labels) {
        return of(Labels.fromMap(labels));
    }

    /** The target's labels. */
    public Labels labels() {
        return labels;
    }

    /** The value of label {@code name}, {@code ""} when absent. */
    public String get(String name) {
        return labels.get(name);
    }

    /** How the decoder converts targets (found by reflection). */
    public static ValueCodec<Target> alloyCodec() {
        return CODEC;
    }

    @Override
    public String capsuleTypeName() {
        return "discovery.Target";
    }

    @Override
    public ObjectValue toObjectValue() {
        Map<String, Value> fields = new LinkedHashMap<>(labels.size() * 2);
        labels.forEach((k, v) -> fields.put(k, new StringValue(v)));
        return new ObjectValue(fields);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Target t && t.labels.equals(labels);
    }

    @Override
    public int hashCode() {
        return labels.hashCode();
    }

    /** Alloy's notation: {@code {"__address__"="host:80", "job"="x"}}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < labels.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Literals.appendQuoted(sb, labels.name(i));
            sb.append('=');
            Literals.appendQuoted(sb, labels.value(i));
        }
        return sb.append('}').toString();
    }

    private static final class TargetCodec implements ValueCodec<Target> {
        @Override
        public ValueType alloyType() {
            return ValueType.OBJECT;
        }

        @Override
        public Target decode(Value value) throws ValueException {
            ObjectValue obj;
            if (value instanceof CapsuleValue c) {
                if (c.value() instanceof Target t) {
                    return t;
                }
                if (!(c.value() instanceof ObjectConvertible oc)) {
                    throw ValueException.typeMismatch(ValueType.OBJECT, value);
                }
                obj = oc.toObjectValue();
            } else if (value instanceof ObjectValue o) {
                obj = o;
            } else {
                throw ValueException.typeMismatch(ValueType.OBJECT, value);
            }
            Labels.Builder b = new Labels.Builder();
            for (Map.Entry<String, Value> e : obj.fields().entrySet()) {
                b.set(LabelInterner.NAMES.intern(e.getKey()), TargetValues.text(e.getValue()));
            }
            return of(b.build());
        }

        @Override
        public Value encode(Target value) {
            return value.toObjectValue();
        }
    }
}
