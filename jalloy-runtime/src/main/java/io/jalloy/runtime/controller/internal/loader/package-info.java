/** Loader internals: building the running graph, the exports scope, and evaluating nodes. */
package io.jalloy.runtime.controller.internal.loader;
