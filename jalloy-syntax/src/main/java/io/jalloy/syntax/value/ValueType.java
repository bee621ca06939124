package io.jalloy.syntax.value;

/** The kinds of Alloy values, named as Alloy names them in messages. */
public enum ValueType {
    NULL("null"),
    NUMBER("number"),
    STRING("string"),
    BOOL("bool"),
    ARRAY("array"),
    OBJECT("object"),
    FUNCTION("function"),
    CAPSULE("capsule");

    private final String alloyName;

    ValueType(String alloyName) {
        this.alloyName = alloyName;
    }

    /** The name Alloy prints. */
    public String alloyName() {
        return alloyName;
    }

    @Override
    public String toString() {
        return alloyName;
    }
}
