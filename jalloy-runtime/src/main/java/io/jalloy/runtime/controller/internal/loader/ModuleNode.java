package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.syntax.value.ObjectValue;

/**
 * A custom component: an instance of a {@code declare} block. It runs the declare's body as a
 * module with its own loader, whose {@code export} blocks make up the instance's exports. A reload
 * keeps the module (and its running components) when the instance keeps its id.
 */
final class ModuleNode implements LoaderNode {
    private final String id;
    private final SourceBlock block;
    private final SourceBlock declare;
    private GraphLoader module;
    private SourceBlock loadedDeclare;

    ModuleNode(String id, SourceBlock block, SourceBlock declare, ModuleNode previous) {
        this.id = id;
        this.block = block;
        this.declare = declare;
        if (previous != null) {
            this.module = previous.module;
            this.loadedDeclare = previous.loadedDeclare;
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public SourceBlock block() {
        return block;
    }

    /** The declare block this instance runs. */
    SourceBlock declare() {
        return declare;
    }

    /** The module's loader, null before the first evaluation. */
    GraphLoader module() {
        return module;
    }

    void setModule(GraphLoader loader) {
        this.module = loader;
    }

    /** Whether the module still runs the body it was last loaded from. */
    boolean upToDate() {
        return module != null && declare.block().equals(loadedDeclare == null ? null : loadedDeclare.block());
    }

    void loaded() {
        this.loadedDeclare = declare;
    }

    /** The instance's exports: the module's export values, or an empty object before it loads. */
    ObjectValue exports() {
        return module == null ? ObjectValue.EMPTY : module.moduleExports();
    }
}
