package io.jalloy.runtime.controller;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Looks component kinds up by name. The runtime's component registry will provide one built from
 * its providers; tests use {@link #of}.
 */
@FunctionalInterface
public interface ComponentSchemas {

    Optional<ComponentSchema> find(String name);

    /**
     * The components of a runtime registry, their argument schemas read from the decoder's
     * annotations on each provider's arguments record.
     */
    static ComponentSchemas fromRegistry(io.jalloy.runtime.registry.ComponentRegistry registry) {
        return name -> registry.get(name).map(p -> new ComponentSchema(p.name(), p.stability(), false,
                io.jalloy.runtime.controller.internal.check.RecordSchemas.of(p.argumentsType())));
    }

    /** This set, then {@code fallback} for names this set does not know. */
    default ComponentSchemas orElse(ComponentSchemas fallback) {
        return name -> {
            Optional<ComponentSchema> found = find(name);
            return found.isPresent() ? found : fallback.find(name);
        };
    }

    /** A fixed set. */
    static ComponentSchemas of(Collection<ComponentSchema> schemas) {
        Map<String, ComponentSchema> map = new LinkedHashMap<>();
        for (ComponentSchema s : schemas) {
            map.put(s.name(), s);
        }
        Map<String, ComponentSchema> frozen = Map.copyOf(map);
        return name -> Optional.ofNullable(frozen.get(name));
    }
}
