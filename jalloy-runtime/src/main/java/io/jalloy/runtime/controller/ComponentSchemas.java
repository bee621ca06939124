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
