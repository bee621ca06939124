package io.jalloy.syntax.value;

/** Implemented by Java types carried in a {@link CapsuleValue} that have an Alloy type name. */
public interface Capsule {

    /** The type name in messages ("secret", "loki.LogsReceiver"). */
    String capsuleTypeName();
}
