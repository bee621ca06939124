package io.jalloy.runtime.controller.internal.check;

import io.jalloy.runtime.controller.BlockSchema;
import io.jalloy.runtime.controller.ComponentSchema;
import io.jalloy.runtime.controller.ComponentSchemas;
import io.jalloy.component.Stability;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves component names during validation: names declared in this module ({@code declare}
 * labels and import namespaces) first, then the enclosing module's, then the built-in components.
 * Lookups happen after the whole module is read, so a declare may be used before it is written.
 */
final class Registry {
    private final Registry parent;
    private final ComponentSchemas builtins;
    private final Stability minStability;
    private final boolean community;
    private final Map<String, Optional<BlockSchema>> custom = new HashMap<>();

    private Registry(Registry parent, ComponentSchemas builtins, Stability minStability, boolean community) {
        this.parent = parent;
        this.builtins = builtins;
        this.minStability = minStability;
        this.community = community;
    }

    static Registry root(ComponentSchemas builtins, Stability minStability, boolean community) {
        return new Registry(null, builtins, minStability, community);
    }

    Registry child() {
        return new Registry(this, builtins, minStability, community);
    }

    /** Registers a custom component (a declare, or an import namespace when {@code arguments} is null). */
    void registerCustom(String name, BlockSchema arguments) {
        custom.put(name, Optional.ofNullable(arguments));
    }

    /** The outcome of a lookup: a schema (null = unchecked) or Alloy's refusal. */
    record Lookup(BlockSchema arguments, String error) {}

    Lookup get(String name) {
        // Modules are matched on their namespace only: what an import defines is unknown until it loads.
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        for (Registry r = this; r != null; r = r.parent) {
            Optional<BlockSchema> found = r.custom.get(first);
            if (found != null) {
                return new Lookup(found.orElse(null), null);
            }
        }
        Optional<ComponentSchema> schema = builtins.find(name);
        if (schema.isEmpty()) {
            return new Lookup(null, "cannot find the definition of component name \"" + name + "\"");
        }
        ComponentSchema s = schema.get();
        if (s.community()) {
            if (!community) {
                return new Lookup(null, "the component \"" + name + "\" is a community component. Use the "
                        + "--feature.community-components.enabled command-line flag to enable community components");
            }
            return new Lookup(s.arguments(), null);
        }
        String refusal = Gate.refusal(s.stability(), minStability, "component \"" + name + "\"");
        return refusal != null ? new Lookup(null, refusal) : new Lookup(s.arguments(), null);
    }
}
