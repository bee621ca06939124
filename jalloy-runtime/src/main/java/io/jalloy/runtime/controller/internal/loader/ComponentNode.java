package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.runtime.node.BuiltinNode;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A built-in component: the block it was loaded from and the runtime's managed node. A reload
 * makes a new node for the new block sharing the same managed component, so a rejected config
 * leaves the running graph untouched.
 */
public final class ComponentNode implements LoaderNode {
    private final String id;
    private final SourceBlock block;
    private final BuiltinNode<?, ?> managed;
    private final AtomicBoolean started;

    ComponentNode(String id, SourceBlock block, BuiltinNode<?, ?> managed) {
        this(id, block, managed, new AtomicBoolean());
    }

    private ComponentNode(String id, SourceBlock block, BuiltinNode<?, ?> managed, AtomicBoolean started) {
        this.id = id;
        this.block = block;
        this.managed = managed;
        this.started = started;
    }

    /** The same running component, loaded from {@code newBlock}. */
    ComponentNode withBlock(SourceBlock newBlock) {
        return new ComponentNode(id, newBlock, managed, started);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public SourceBlock block() {
        return block;
    }

    /** The running component; null only for a new component in a {@link DryRun}'s graph, which builds nothing. */
    public BuiltinNode<?, ?> managed() {
        return managed;
    }

    /** Starts the component's run once it has been built; later calls do nothing. */
    void startIfBuilt() {
        if (managed.component() != null && started.compareAndSet(false, true)) {
            managed.start();
        }
    }
}
