package io.jalloy.runtime.render;

import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns an arguments or exports record into body statements for the API. The runtime does not
 * know how records map to Alloy bodies; the syntax module's decoder does, and plugs in here.
 */
@FunctionalInterface
public interface BodyEncoder {

    /** The statements of {@code value} (a record, a map or a {@link Value}); empty for null. */
    List<BodyStatement> encode(Object value);

    /**
     * An encoder built on a record-to-value encoder (such as the syntax module's
     * {@code Encoder.encode}): every field of the resulting object becomes an attribute. It cannot
     * tell blocks from attributes; prefer an encoder that knows the record's annotations.
     */
    static BodyEncoder fromValues(Function<Object, Value> toValue) {
        return value -> {
            if (value == null) {
                return List.of();
            }
            Value v = toValue.apply(value);
            if (!(v instanceof ObjectValue obj)) {
                throw new IllegalArgumentException("can only encode objects to bodies, got " + v.type());
            }
            List<BodyStatement> out = new ArrayList<>(obj.fields().size());
            for (Map.Entry<String, Value> e : obj.fields().entrySet()) {
                out.add(new BodyStatement.Attr(e.getKey(), e.getValue()));
            }
            return out;
        };
    }

    /**
     * The fallback for records without decoding annotations: record components become attributes
     * named in snake case, values converted by {@link JavaValues}.
     */
    static BodyEncoder reflective() {
        return fromValues(JavaValues::toValue);
    }

    /**
     * The runtime's encoder: records declared with the syntax module's decoding annotations render
     * exactly as Alloy renders the Go struct (blocks, labels, defaults left out); anything else
     * falls back to {@link #reflective}.
     */
    static BodyEncoder standard() {
        BodyEncoder fallback = reflective();
        return value -> value instanceof Record r && AnnotatedBodyEncoder.isAnnotated(r.getClass())
                ? AnnotatedBodyEncoder.body(r)
                : fallback.encode(value);
    }
}
