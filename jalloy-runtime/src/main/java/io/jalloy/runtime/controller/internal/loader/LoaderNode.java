package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;

/** A node of a loaded config: a component or a config block, identified like Alloy's node ids. */
sealed interface LoaderNode permits ComponentNode, ConfigNode, ExportNode, ModuleNode, ForeachNode, ImportNode {

    /** The node id, such as {@code prometheus.scrape.default} or {@code logging}. */
    String id();

    /** The block that defines the node and the file it is in. */
    SourceBlock block();
}
