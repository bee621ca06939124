package io.jalloy.runtime.controller.internal.loader;

/**
 * Where loaders report that a node's value changed outside an evaluation pass (a component
 * published exports, a module's exports changed). Called from component threads: implementations
 * only queue the change for the evaluation thread.
 */
@FunctionalInterface
public interface ChangeSink {

    /** Node {@code id} of {@code loader} has a new value; its dependants need evaluating. */
    void changed(GraphLoader loader, String id);
}
