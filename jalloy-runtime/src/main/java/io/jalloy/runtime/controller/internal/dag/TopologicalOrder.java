package io.jalloy.runtime.controller.internal.dag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders an acyclic graph so that every node comes after the nodes it depends on; ties keep
 * insertion order, so a config always evaluates in the same order.
 */
public final class TopologicalOrder {
    private TopologicalOrder() {}

    /**
     * Dependencies first. Nodes on a cycle are left out (callers report cycles separately through
     * {@link StronglyConnected#cycles}).
     */
    public static List<String> of(Graph<?> graph) {
        Map<String, Integer> pending = new HashMap<>();
        List<String> ready = new ArrayList<>();
        for (String id : graph.ids()) {
            int n = graph.dependencies(id).size();
            pending.put(id, n);
            if (n == 0) {
                ready.add(id);
            }
        }
        List<String> order = new ArrayList<>(graph.size());
        for (int i = 0; i < ready.size(); i++) {
            String id = ready.get(i);
            order.add(id);
            for (String dependant : graph.dependants(id)) {
                int left = pending.merge(dependant, -1, Integer::sum);
                if (left == 0) {
                    ready.add(dependant);
                }
            }
        }
        return order;
    }
}
