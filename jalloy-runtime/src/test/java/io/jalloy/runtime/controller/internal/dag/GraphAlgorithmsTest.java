package io.jalloy.runtime.controller.internal.dag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphAlgorithmsTest {

    private static Graph<String> graph(String... ids) {
        Graph<String> g = new Graph<>();
        for (String id : ids) {
            g.add(id, id);
        }
        return g;
    }

    @Test
    void topologicalOrderPutsDependenciesFirstAndKeepsInsertionOrderForTies() {
        Graph<String> g = graph("c", "a", "b", "d");
        g.addEdge("c", "b");
        g.addEdge("b", "a");
        assertThat(TopologicalOrder.of(g)).containsExactly("a", "d", "b", "c");
    }

    @Test
    void topologicalOrderLeavesOutNodesOnCycles() {
        Graph<String> g = graph("a", "b", "c");
        g.addEdge("a", "b");
        g.addEdge("b", "a");
        g.addEdge("c", "c");
        assertThat(TopologicalOrder.of(g)).isEmpty();
    }

    @Test
    void cyclesAreFoundInInsertionOrderOfTheirFirstNode() {
        Graph<String> g = graph("x1", "x2", "y1", "y2", "y3", "free");
        g.addEdge("x1", "x2");
        g.addEdge("x2", "x1");
        g.addEdge("y1", "y2");
        g.addEdge("y2", "y3");
        g.addEdge("y3", "y1");
        g.addEdge("free", "y1");
        List<List<String>> cycles = StronglyConnected.cycles(g);
        assertThat(cycles).hasSize(2);
        assertThat(cycles.get(0)).containsExactlyInAnyOrder("x1", "x2");
        assertThat(cycles.get(1)).containsExactlyInAnyOrder("y1", "y2", "y3");
    }

    @Test
    void aSelfLoopIsASingletonComponentNotACycle() {
        Graph<String> g = graph("a");
        g.addEdge("a", "a");
        assertThat(StronglyConnected.cycles(g)).isEmpty();
        assertThat(g.edges()).containsExactly(List.of("a", "a"));
    }

    @Test
    void deepChainsDoNotOverflowTheStack() {
        Graph<String> g = new Graph<>();
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            g.add("n" + i, "n" + i);
            if (i > 0) {
                g.addEdge("n" + i, "n" + (i - 1));
            }
        }
        g.addEdge("n0", "n" + (n - 1));
        assertThat(StronglyConnected.cycles(g)).singleElement().satisfies(c -> assertThat(c).hasSize(n));
    }

    @Test
    void dependantsAreTheReverseEdges() {
        Graph<String> g = graph("a", "b", "c");
        g.addEdge("b", "a");
        g.addEdge("c", "a");
        assertThat(g.dependants("a")).containsExactly("b", "c");
        assertThat(g.dependencies("b")).containsExactly("a");
    }
}
