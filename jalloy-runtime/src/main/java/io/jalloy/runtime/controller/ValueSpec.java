package io.jalloy.runtime.controller;

import java.util.function.UnaryOperator;

/**
 * The type an attribute decodes into, as far as validation can check it without running
 * anything: literal values written in the config are checked against it, everything else
 * (references, calls) is accepted.
 */
public sealed interface ValueSpec {

    /** Anything at all, such as {@code export}'s {@code value}. */
    ValueSpec ANY = new Any();
    /** A string; numbers convert to strings, as in Alloy. */
    ValueSpec STRING = new Text(s -> null);
    ValueSpec NUMBER = new Scalar("number");
    ValueSpec BOOL = new Scalar("bool");
    /** A duration such as {@code "15s"}, written as a string. */
    ValueSpec DURATION = STRING;
    /** A secret, written as a string. */
    ValueSpec SECRET = STRING;
    /** A discovery target: an object of strings. */
    ValueSpec TARGET = new Target();

    static ValueSpec arrayOf(ValueSpec element) {
        return new ArrayOf(element);
    }

    static ValueSpec mapOf(ValueSpec element) {
        return new MapOf(element);
    }

    /** An opaque runtime value such as a receiver; {@code name} is for messages only. */
    static ValueSpec capsule(String name) {
        return new Capsule(name);
    }

    /**
     * A string parsed by the type itself; {@code parse} returns null when the text is accepted, else
     * the type's own error text (such as {@code unknown action random}).
     */
    static ValueSpec text(UnaryOperator<String> parse) {
        return new Text(parse);
    }

    /**
     * The Java type a component's arguments record declares: constant values are decoded with the
     * syntax module's decoder, so errors carry the decoder's (Alloy's) texts.
     */
    static ValueSpec javaType(java.lang.reflect.Type type) {
        return new JavaType(type);
    }

    /** Decoded by the syntax module's decoder into {@code type}. */
    record JavaType(java.lang.reflect.Type type) implements ValueSpec {}

    /** Accepts any value. */
    record Any() implements ValueSpec {}

    /** A number or a bool; {@code typeName} is Alloy's name for it. */
    record Scalar(String typeName) implements ValueSpec {}

    /** A string, checked by {@code parse} (null result = accepted). */
    record Text(UnaryOperator<String> parse) implements ValueSpec {}

    record ArrayOf(ValueSpec element) implements ValueSpec {}

    record MapOf(ValueSpec element) implements ValueSpec {}

    record Capsule(String name) implements ValueSpec {}

    /** Alloy's {@code discovery.Target}: converts only from objects. */
    record Target() implements ValueSpec {}
}
