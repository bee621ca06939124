/** The Alloy configuration language: scanner, parser, printer, values, evaluator, standard library. */
package io.jalloy.syntax;
