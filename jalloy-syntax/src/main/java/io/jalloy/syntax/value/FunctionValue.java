package io.jalloy.syntax.value;

import java.util.List;

/** A callable value, such as a standard-library function. */
public record FunctionValue(String name, Impl impl) implements Value {

    /** The body of a function: called with the evaluated arguments. */
    @FunctionalInterface
    public interface Impl {
        Value call(List<Value> args) throws ValueException;
    }

    public Value call(List<Value> args) throws ValueException {
        return impl.call(args);
    }

    @Override
    public ValueType type() {
        return ValueType.FUNCTION;
    }

    @Override
    public String toString() {
        return "function(" + name + ")";
    }
}
