package io.jalloy.runtime.registry;

/** A block names a component that no provider registers; the message is Alloy's. */
public final class UnknownComponentException extends Exception {

    public UnknownComponentException(String name) {
        super("cannot find the definition of component name \"" + name + "\"");
    }
}
