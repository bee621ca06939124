package io.jalloy.runtime.controller.internal.dag;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tarjan's strongly connected components, started from nodes in insertion order and iterative so
 * that deep graphs cannot overflow the stack. A component with more than one node is a cycle.
 */
public final class StronglyConnected {
    private StronglyConnected() {}

    /** Every component, each listing node ids; components come out in reverse topological order. */
    public static List<List<String>> components(Graph<?> graph) {
        return new Tarjan(graph).run();
    }

    /** Only the components with more than one node: the dependency cycles. */
    public static List<List<String>> cycles(Graph<?> graph) {
        List<List<String>> cycles = new ArrayList<>();
        for (List<String> c : components(graph)) {
            if (c.size() > 1) {
                cycles.add(c);
            }
        }
        return cycles;
    }

    private static final class Tarjan {
        private final Graph<?> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<List<String>> result = new ArrayList<>();
        private int next;

        Tarjan(Graph<?> graph) {
            this.graph = graph;
        }

        List<List<String>> run() {
            for (String id : graph.ids()) {
                if (!index.containsKey(id)) {
                    visit(id);
                }
            }
            return result;
        }

        private record Frame(String id, Iterator<String> deps) {}

        private void visit(String root) {
            Deque<Frame> frames = new ArrayDeque<>();
            enter(root, frames);
            while (!frames.isEmpty()) {
                Frame f = frames.peek();
                if (f.deps().hasNext()) {
                    String dep = f.deps().next();
                    if (!index.containsKey(dep)) {
                        enter(dep, frames);
                    } else if (onStack.contains(dep)) {
                        low.put(f.id(), Math.min(low.get(f.id()), index.get(dep)));
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    String parent = frames.peek().id();
                    low.put(parent, Math.min(low.get(parent), low.get(f.id())));
                }
                if (low.get(f.id()).equals(index.get(f.id()))) {
                    List<String> component = new ArrayList<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(f.id()));
                    result.add(List.copyOf(component.reversed()));
                }
            }
        }

        private void enter(String id, Deque<Frame> frames) {
            index.put(id, next);
            low.put(id, next);
            next++;
            stack.push(id);
            onStack.add(id);
            frames.push(new Frame(id, graph.dependencies(id).iterator()));
        }
    }
}
