package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.dag.Graph;
import io.jalloy.runtime.node.BuiltinNode;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Starting new components and stopping those a reload dropped, modules included. */
final class Lifecycle {
    private static final System.Logger LOG = System.getLogger(Lifecycle.class.getName());
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private Lifecycle() {}

    /** Starts every built component of {@code graph} that is not running yet. */
    static void start(Graph<LoaderNode> graph) {
        for (String id : graph.ids()) {
            if (graph.get(id) instanceof ComponentNode c) {
                c.startIfBuilt();
            }
        }
    }

    /** Stops the components and modules of {@code old} that {@code next} does not keep. */
    static void stopRemoved(Graph<LoaderNode> old, Graph<LoaderNode> next) {
        Set<Object> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String id : next.ids()) {
            switch (next.get(id)) {
                case ComponentNode c -> kept.add(c.managed());
                case ModuleNode m when m.module() != null -> kept.add(m.module());
                case ForeachNode f -> kept.addAll(f.children().values());
                case ImportNode i -> kept.add(i.watcherKey());
                default -> { }
            }
        }
        for (String id : old.ids()) {
            switch (old.get(id)) {
                case ComponentNode c when !kept.contains(c.managed()) -> stop(c.managed());
                case ModuleNode m when m.module() != null && !kept.contains(m.module()) -> m.module().close();
                case ForeachNode f -> f.children().values().stream().filter(c -> !kept.contains(c))
                        .forEach(GraphLoader::close);
                case ImportNode i when !kept.contains(i.watcherKey()) -> i.stop();
                default -> { }
            }
        }
    }

    private static void stop(BuiltinNode<?, ?> node) {
        try {
            if (!node.stop(STOP_TIMEOUT)) {
                LOG.log(System.Logger.Level.WARNING, "component " + node.globalId() + " did not stop in " + STOP_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            node.close();
        }
    }
}
