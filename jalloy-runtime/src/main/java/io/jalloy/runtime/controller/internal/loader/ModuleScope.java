package io.jalloy.runtime.controller.internal.loader;

/**
 * Where a loader sits: the module id its components' global ids start with ({@code ""} for the
 * root config) and, for a module, the loader and node id of the custom component that runs it.
 */
record ModuleScope(String controllerId, GraphLoader parent, String ownerId) {

    static final ModuleScope ROOT = new ModuleScope("", null, null);

    boolean isRoot() {
        return parent == null;
    }

    /** The scope of the module that node {@code ownerId} of {@code owner} runs. */
    static ModuleScope child(GraphLoader owner, ModuleScope of, String ownerId) {
        String id = of.controllerId().isEmpty() ? ownerId : of.controllerId() + "/" + ownerId;
        return new ModuleScope(id, owner, ownerId);
    }
}
