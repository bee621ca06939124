/**
 * Parsing of Alloy source into the {@code ast} records, with Alloy's diagnostics and error
 * recovery. Entry points: {@link io.jalloy.syntax.parser.Parser}.
 */
package io.jalloy.syntax.parser;
