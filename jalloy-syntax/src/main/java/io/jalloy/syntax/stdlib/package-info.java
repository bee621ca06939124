/**
 * Alloy's standard library ({@link io.jalloy.syntax.stdlib.Stdlib}): the namespaces and functions
 * every configuration can call, with Alloy's argument conversions and error texts.
 */
package io.jalloy.syntax.stdlib;
