package io.jalloy.runtime.controller;

import io.jalloy.component.Stability;

/**
 * What validation needs to know about one kind of component: its name, stability, whether it is a
 * community component, and the schema of its arguments (null when they cannot be checked, as for
 * components of an imported module).
 */
public record ComponentSchema(String name, Stability stability, boolean community, BlockSchema arguments) {

    /** A generally-available, non-community component. */
    public static ComponentSchema ga(String name, BlockSchema arguments) {
        return new ComponentSchema(name, Stability.GENERALLY_AVAILABLE, false, arguments);
    }
}
