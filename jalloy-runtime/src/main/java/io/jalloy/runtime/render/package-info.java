/**
 * Rendering component arguments and exports as Alloy's HTTP API does (its {@code alloyjson}
 * encoding): a body is a list of attribute and block statements, and every value carries its type.
 */
package io.jalloy.runtime.render;
