package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.syntax.value.ObjectValue;
import java.util.Map;

/**
 * A custom component: an instance of a {@code declare} block, written in this module or brought
 * by an import ({@code namespace.name}). It runs the declare's body as a module with its own
 * loader, whose {@code export} blocks make up the instance's exports. A reload keeps the module
 * (and its running components) when the instance keeps its id.
 */
final class ModuleNode implements LoaderNode {
    private final String id;
    private final SourceBlock block;
    private final SourceBlock localDeclare;
    private final Map<String, SourceBlock> localDeclares;
    private final ImportNode source;
    private GraphLoader module;
    private SourceBlock loadedDeclare;

    /**
     * @param localDeclare the declare when written in this module (then {@code source} is null)
     * @param localDeclares the declares the module may use when the declare is local
     * @param source the import that defines it otherwise
     */
    ModuleNode(String id, SourceBlock block, SourceBlock localDeclare, Map<String, SourceBlock> localDeclares,
               ImportNode source, ModuleNode previous) {
        this.id = id;
        this.block = block;
        this.localDeclare = localDeclare;
        this.localDeclares = localDeclares;
        this.source = source;
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

    /** The import that defines this component, or null for a local declare. */
    ImportNode source() {
        return source;
    }

    /** The name within the import ({@code name} of {@code namespace.name}). */
    String importedName() {
        return block.name().substring(block.name().indexOf('.') + 1);
    }

    /** The declare this instance runs now, null when its import does not (yet) define it. */
    SourceBlock declare() {
        return source == null ? localDeclare : source.declares().get(importedName());
    }

    /** The declares the module's own body may use: its siblings in the import, or the enclosing ones. */
    Map<String, SourceBlock> visibleDeclares() {
        return source == null ? localDeclares : source.declares();
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
        SourceBlock current = declare();
        return module != null && current != null && loadedDeclare != null
                && current.block().equals(loadedDeclare.block())
                && current.file().name().equals(loadedDeclare.file().name());
    }

    void loaded() {
        this.loadedDeclare = declare();
    }

    /** The instance's exports: the module's export values, or an empty object before it loads. */
    ObjectValue exports() {
        return module == null ? ObjectValue.EMPTY : module.moduleExports();
    }
}
