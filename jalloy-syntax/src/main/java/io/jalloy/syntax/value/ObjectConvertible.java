package io.jalloy.syntax.value;

/**
 * Implemented by capsule contents that expressions may read like objects ({@code t.label},
 * {@code t["label"]}), as Alloy lets a discovery target be read.
 */
public interface ObjectConvertible {

    /** The object view of this value. */
    ObjectValue toObjectValue();
}
