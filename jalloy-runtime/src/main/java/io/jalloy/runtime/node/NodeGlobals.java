package io.jalloy.runtime.node;

import io.jalloy.component.Stability;
import io.jalloy.runtime.metrics.ComponentMetrics;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What every node of one controller shares (Alloy's {@code ComponentGlobals}).
 *
 * @param dataRoot {@code --storage.path}; each component gets {@code dataRoot/<global id>}
 * @param clock the clock handed to components and used for health timestamps
 * @param minStability {@code --stability.level}
 * @param metrics where component registries are published for {@code /metrics}
 * @param controllerId the module path this controller runs ({@code ""} for the root config)
 * @param onExportsChanged told when a node's exports changed, from the publishing thread; must only
 *     queue work (the controller re-evaluates dependants on its own thread)
 */
public record NodeGlobals(
        Path dataRoot,
        Clock clock,
        Stability minStability,
        ComponentMetrics metrics,
        String controllerId,
        Consumer<BuiltinNode<?, ?>> onExportsChanged) {

    public NodeGlobals {
        Objects.requireNonNull(dataRoot, "dataRoot");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(minStability, "minStability");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(controllerId, "controllerId");
        Objects.requireNonNull(onExportsChanged, "onExportsChanged");
    }
}
