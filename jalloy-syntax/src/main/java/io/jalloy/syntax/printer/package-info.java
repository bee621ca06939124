/** Alloy's canonical formatting of syntax trees ({@code alloy fmt}). */
package io.jalloy.syntax.printer;
