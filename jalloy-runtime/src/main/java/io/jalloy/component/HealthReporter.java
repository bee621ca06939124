package io.jalloy.component;

/**
 * Implemented by a component that knows its own health (Alloy's {@code HealthComponent}). The
 * runtime combines it with its own view (evaluation and run state) and reports the least healthy.
 */
public interface HealthReporter {

    /**
     * The component's current health. Called from HTTP threads at any time, so it must be cheap
     * and thread-safe (typically a volatile read).
     */
    Health currentHealth();
}
