package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import java.util.Map;

/**
 * Where a loader sits: the module id its components' global ids start with ({@code ""} for the
 * root config), the declares visible from enclosing modules, and for a module, the loader and
 * node id of the custom component that runs it.
 */
record ModuleScope(String controllerId, Map<String, SourceBlock> inheritedDeclares, GraphLoader parent, String ownerId) {

    static final ModuleScope ROOT = new ModuleScope("", Map.of(), null, null);

    ModuleScope {
        inheritedDeclares = Map.copyOf(inheritedDeclares);
    }

    boolean isRoot() {
        return parent == null;
    }

    /** The scope of the module that node {@code ownerId} of {@code owner} runs. */
    static ModuleScope child(GraphLoader owner, ModuleScope of, String ownerId, Map<String, SourceBlock> declares) {
        String id = of.controllerId().isEmpty() ? ownerId : of.controllerId() + "/" + ownerId;
        return new ModuleScope(id, declares, owner, ownerId);
    }
}
