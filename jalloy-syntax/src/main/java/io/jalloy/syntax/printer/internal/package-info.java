/**
 * The printer's machinery, not API: a walker deciding layout, an emitter interleaving comments and
 * whitespace by source position, and an elastic-tabstop aligner with a trailing-blank trimmer.
 */
package io.jalloy.syntax.printer.internal;
