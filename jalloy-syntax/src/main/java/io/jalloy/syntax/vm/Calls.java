package io.jalloy.syntax.vm;

import io.jalloy.syntax.ast.CallExpr;
import io.jalloy.syntax.ast.Expr;
import io.jalloy.syntax.value.FunctionValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import java.util.List;

/**
 * Calls a function value and blames failures as Alloy does: on the argument a
 * {@link ValueException#argIndex()} names, otherwise on the function expression.
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
            Expr blamed = i >= 0 && i < call.args().size() ? call.args().get(i) : call.value();
            String message = e.getMessage();
            if (e.expected() != null) {
                message = "should be " + e.expected() + message.substring(message.indexOf(", got"));
            }
            throw EvalFailure.about(blamed, message);
        } catch (RuntimeException e) {
            // A standard-library bug must not take the process down: report it on the call.
            throw EvalFailure.about(call.value(), String.valueOf(e.getMessage()));
        }
    }
}
