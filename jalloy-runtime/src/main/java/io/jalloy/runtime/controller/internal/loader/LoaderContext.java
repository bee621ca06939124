package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.component.Stability;
import io.jalloy.runtime.metrics.ComponentMetrics;
import io.jalloy.runtime.node.NodeGlobals;
import io.jalloy.runtime.registry.ComponentRegistry;
import io.jalloy.syntax.vm.Scope;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

/**
 * What every loader of one controller shares, the root config's and its modules': the component
 * registry, where components keep data and metrics, the standard library, the change sink, and
 * the directory relative import paths resolve against, and whether community components may run.
 */
public record LoaderContext(ComponentRegistry registry, Path dataRoot, Clock clock, Stability minStability,
                            ComponentMetrics metrics, Set<String> services, Scope stdlib, ChangeSink sink,
                            Path workingDirectory, boolean communityComponents) {

    public LoaderContext {
        services = Set.copyOf(services);
    }

    /**
     * The node globals of the loader {@code loader}, running module {@code controllerId}, whose
     * components publish their metrics to {@code published}.
     */
    NodeGlobals globalsFor(GraphLoader loader, String controllerId, ComponentMetrics published) {
        return new NodeGlobals(dataRoot, clock, minStability, published, controllerId,
                node -> sink.changed(loader, node.localId()));
    }
}
