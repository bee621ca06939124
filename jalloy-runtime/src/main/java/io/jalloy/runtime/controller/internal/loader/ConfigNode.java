package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;

/**
 * A config block (logging, tracing, argument, export, import, foreach, declare, or a service
 * block). It takes part in the graph and its references are wired, but it does nothing when
 * evaluated yet: each kind gets its behaviour in its own issue.
 */
record ConfigNode(String id, SourceBlock block) implements LoaderNode {}
