package io.jalloy.runtime.controller;

import io.jalloy.component.Stability;
import io.jalloy.runtime.controller.internal.check.Services;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link Validator} checks a config against: the minimum stability level, whether community
 * components are enabled, the components that exist, and the services whose blocks may appear
 * at the top of a config (a service mapped to empty takes no block).
 */
public record ValidationOptions(Stability minStability, boolean communityComponents, ComponentSchemas components,
                                Map<String, Optional<BlockSchema>> services) {

    public ValidationOptions {
        services = Map.copyOf(services);
    }

    /** Alloy's defaults ({@code generally-available}, no community components) and its services. */
    public static ValidationOptions defaults(ComponentSchemas components) {
        return new ValidationOptions(Stability.GENERALLY_AVAILABLE, false, components, Services.alloyDefaults());
    }

    public ValidationOptions withMinStability(Stability level) {
        return new ValidationOptions(level, communityComponents, components, services);
    }

    public ValidationOptions withCommunityComponents(boolean enabled) {
        return new ValidationOptions(minStability, enabled, components, services);
    }
}
