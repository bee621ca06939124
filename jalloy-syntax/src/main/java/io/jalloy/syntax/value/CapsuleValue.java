package io.jalloy.syntax.value;

/**
 * An opaque Java object passed between components (a receiver, a secret). Alloy can only pass
 * capsules along and compare them for identity.
 */
public record CapsuleValue(Object value) implements Value {

    @Override
    public ValueType type() {
        return ValueType.CAPSULE;
    }

    /** The name Alloy uses for this capsule's type in messages, such as {@code secret}. */
    public String typeName() {
        return value instanceof Capsule c ? c.capsuleTypeName() : "capsule";
    }

    @Override
    public String toString() {
        return value instanceof Capsule c ? c.toString() : "capsule(" + value.getClass().getSimpleName() + ")";
    }
}
