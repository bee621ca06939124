package io.jalloy.syntax.value;

/** A sensitive string: it never prints in clear, and only {@code convert.nonsensitive} unwraps it. */
public record Secret(String value) implements Capsule {

    @Override
    public String capsuleTypeName() {
        return "secret";
    }

    /** Always {@code (secret)}, so logs and the UI never show the value. */
    @Override
    public String toString() {
        return "(secret)";
    }
}
