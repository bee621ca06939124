package io.jalloy.runtime.registry;

import io.jalloy.component.ComponentProvider;
import io.jalloy.component.Stability;
import io.jalloy.component.StabilityException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Every component type known to this process, by block name. Built once at start-up from the
 * {@link ServiceLoader} providers on the class path (so a component jar added to the class path is
 * found without rebuilding Jalloy), then immutable and safe to share between threads.
 */
public final class ComponentRegistry {

    private final Map<String, ComponentProvider<?, ?>> byName;

    private ComponentRegistry(Map<String, ComponentProvider<?, ?>> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** The providers visible to the thread context class loader (or this class's loader). */
    public static ComponentRegistry load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return load(loader != null ? loader : ComponentRegistry.class.getClassLoader());
    }

    /**
     * The providers visible to {@code loader}. Fails with {@link InvalidRegistrationException} when
     * a provider cannot be instantiated or registers an invalid, duplicate or conflicting name: a
     * broken build must not start with components silently missing.
     */
    @SuppressWarnings("rawtypes")
    public static ComponentRegistry load(ClassLoader loader) {
        List<ComponentProvider<?, ?>> providers = new ArrayList<>();
        try {
            for (ComponentProvider p : ServiceLoader.load(ComponentProvider.class, loader)) {
                providers.add(p);
            }
        } catch (ServiceConfigurationError e) {
            throw new InvalidRegistrationException("cannot load component provider: " + e.getMessage(), e);
        }
        return of(providers);
    }

    /** A registry of exactly these providers, validated as {@link #load(ClassLoader)} does. */
    public static ComponentRegistry of(List<? extends ComponentProvider<?, ?>> providers) {
        Map<String, ComponentProvider<?, ?>> byName = new TreeMap<>();
        for (ComponentProvider<?, ?> p : providers) {
            ComponentNames.validate(p.name(), byName.keySet());
            if (p.stability() == null && !p.community()) {
                throw new InvalidRegistrationException("Component \"" + p.name()
                        + "\" has an undefined stability level - please provide stability level when registering the component");
            }
            byName.put(p.name(), p);
        }
        return new ComponentRegistry(byName);
    }

    /** The provider registered for block name {@code name}, if any. */
    public Optional<ComponentProvider<?, ?>> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The provider for {@code name}, checked against the configured stability level, with community
     * components disabled. The messages are Alloy's, for the caller to report at the block.
     */
    public ComponentProvider<?, ?> require(String name, Stability minStability) throws UnknownComponentException, StabilityException {
        return require(name, minStability, false);
    }

    /**
     * The provider for {@code name}: community components need {@code communityEnabled}
     * ({@code --feature.community-components.enabled}) and skip the stability check; others must
     * be at or above {@code minStability}.
     */
    public ComponentProvider<?, ?> require(String name, Stability minStability, boolean communityEnabled)
            throws UnknownComponentException, StabilityException {
        ComponentProvider<?, ?> p = byName.get(name);
        if (p == null) {
            throw new UnknownComponentException(name);
        }
        if (p.community()) {
            if (!communityEnabled) {
                throw new StabilityException("the component \"" + name + "\" is a community component. Use the "
                        + "--feature.community-components.enabled command-line flag to enable community components");
            }
            return p;
        }
        p.stability().checkAllowed(minStability, Stability.componentFeature(name));
        return p;
    }

    /** All registered names, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
