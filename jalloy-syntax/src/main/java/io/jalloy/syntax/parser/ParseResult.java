package io.jalloy.syntax.parser;

import io.jalloy.syntax.ast.File;
import io.jalloy.syntax.diag.Diagnostics;

/**
 * The outcome of parsing a file: the best-effort syntax tree and every diagnostic found (empty
 * when the file is valid). When diagnostics are present the tree may hold placeholder nodes.
 */
public record ParseResult(File file, Diagnostics diagnostics) {

    /** Whether the file parsed without any error. */
    public boolean ok() {
        return !diagnostics.hasErrors();
    }
}
