package io.jalloy.syntax.vm;

import io.jalloy.syntax.ast.CallExpr;
import io.jalloy.syntax.value.FunctionValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import java.util.List;

/**
 * Calls a function value and blames failures as Alloy does: on the argument a
 * {@link ValueException#argIndex()} names (prefixed with its source text), otherwise on the
 * function expression with the message as the standard library wrote it.
 */
final class Calls {
    private Calls() {}

    static Value invoke(FunctionValue fn, List<Value> args, CallExpr call) throws EvalFailure {
        try {
            Value result = fn.call(args);
            if (result == null) {
                throw EvalFailure.about(call.value(), "function returned no value");
            }
            return result;
        } catch (ValueException e) {
            int i = e.argIndex();
            if (i < 0 || i >= call.args().size()) {
                // The standard library words these completely, starting with the function's name.
                throw EvalFailure.at(call.value(), e.getMessage());
            }
            String message = e.getMessage();
            if (e.expected() != null) {
                message = "should be " + e.expected() + message.substring(message.indexOf(", got"));
            }
            // An element path such as "[1] should be string" sticks to the argument's text.
            throw message.startsWith("[")
                    ? EvalFailure.joined(call.args().get(i), "", message)
                    : EvalFailure.about(call.args().get(i), message);
        } catch (RuntimeException e) {
            // A standard-library bug must not take the process down: report it on the call.
            throw EvalFailure.about(call.value(), String.valueOf(e.getMessage()));
        }
    }
}
