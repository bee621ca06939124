package io.jalloy.runtime.controller.internal.check;

import io.jalloy.component.Stability;
import io.jalloy.component.StabilityException;

/** Stability checks as values: validation collects refusals as diagnostics instead of failing. */
final class Gate {
    private Gate() {}

    /** Null when a feature at {@code level} is allowed under {@code minimum}, else Alloy's refusal. */
    static String refusal(Stability level, Stability minimum, String feature) {
        try {
            level.checkAllowed(minimum, feature);
            return null;
        } catch (StabilityException e) {
            return e.getMessage();
        }
    }
}
