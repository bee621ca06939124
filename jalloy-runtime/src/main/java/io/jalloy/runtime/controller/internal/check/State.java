package io.jalloy.runtime.controller.internal.check;

import io.jalloy.runtime.controller.internal.dag.Graph;
import java.util.ArrayList;
import java.util.List;

/**
 * One level of a config being validated: the root, a declare's module, or a foreach template.
 * A template's graph sees its parent's nodes (it may read them) but not the other way round.
 */
final class State {
    final boolean root;
    final boolean foreach;
    final Scope scope;
    final Registry registry;
    final State parent;
    final Graph<Node> graph = new Graph<>();
    final List<SourceBlock> declares = new ArrayList<>();
    final List<SourceBlock> configs = new ArrayList<>();
    final List<SourceBlock> components = new ArrayList<>();
    final List<SourceBlock> services = new ArrayList<>();
    /** Labels of the argument blocks of a module, in order, for its custom component schema. */
    final List<SourceBlock> arguments = new ArrayList<>();

    State(boolean root, boolean foreach, Scope scope, Registry registry, State parent) {
        this.root = root;
        this.foreach = foreach;
        this.scope = scope;
        this.registry = registry;
        this.parent = parent;
    }

    void add(Node node) {
        graph.add(node.id, node);
    }

    /** The node with this id here or, for a template, in an enclosing graph. */
    Node lookup(String id) {
        Node n = graph.get(id);
        if (n == null && parent != null) {
            return parent.lookup(id);
        }
        return n;
    }
}
