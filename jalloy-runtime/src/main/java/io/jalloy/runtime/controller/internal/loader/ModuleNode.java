package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.syntax.value.ObjectValue;
import java.util.function.Supplier;

/**
 * A custom component: an instance of a {@code declare} block, written in this module or brought
 * by an import ({@code namespace.name}). It runs the declare's body as a module with its own
 * loader, whose {@code export} blocks make up the instance's exports. The declare is looked up at
 * each evaluation, so a changed import reloads the module. A reload keeps the module (and its
 * running components) when the instance keeps its id.
 */
final class ModuleNode implements LoaderNode {
    private final String id;
    private final SourceBlock block;
    private final Supplier<Library.Resolved> resolver;
    private GraphLoader module;
    private SourceBlock loadedDeclare;

    ModuleNode(String id, SourceBlock block, Supplier<Library.Resolved> resolver, ModuleNode previous) {
        this.id = id;
        this.block = block;
        this.resolver = resolver;
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

    /** The declare this instance runs now and the library its module uses; the declare is null when missing. */
    Library.Resolved resolve() {
        return resolver.get();
    }

    /** The module's loader, null before the first evaluation. */
    GraphLoader module() {
        return module;
    }

    void setModule(GraphLoader loader) {
        this.module = loader;
    }

    /** Whether the module runs {@code declare} already. */
    boolean runs(SourceBlock declare) {
        return module != null && loadedDeclare != null && declare.block().equals(loadedDeclare.block())
                && declare.file().name().equals(loadedDeclare.file().name());
    }

    void loaded(SourceBlock declare) {
        this.loadedDeclare = declare;
    }

    /** The instance's exports: the module's export values, or an empty object before it loads. */
    ObjectValue exports() {
        return module == null ? ObjectValue.EMPTY : module.moduleExports();
    }
}
