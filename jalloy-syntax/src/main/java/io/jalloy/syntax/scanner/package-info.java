/**
 * Lexing of Alloy source: the byte-level {@link io.jalloy.syntax.scanner.Scanner}, string literal
 * conversion ({@link io.jalloy.syntax.scanner.Literals}) and identifier rules.
 */
package io.jalloy.syntax.scanner;
