/** A small directed graph with deterministic cycle detection (Tarjan) and topological order. */
package io.jalloy.runtime.controller.internal.dag;
