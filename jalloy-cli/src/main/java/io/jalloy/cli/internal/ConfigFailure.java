package io.jalloy.cli.internal;

import io.jalloy.runtime.controller.Source;
import io.jalloy.syntax.diag.DiagnosticPrinter;
import io.jalloy.syntax.diag.Diagnostics;

/**
 * A config that could not be read or loaded. The message is what {@code /-/reload} answers and
 * the log shows; {@link #render} prints the diagnostics with source context for a terminal.
 */
public final class ConfigFailure extends Exception {
    private final transient Diagnostics diagnostics;
    private final transient Source source;

    ConfigFailure(String message) {
        super(message);
        this.diagnostics = null;
        this.source = null;
    }

    ConfigFailure(Diagnostics diagnostics, Source source) {
        super(DiagnosticPrinter.render(diagnostics, source::file, false));
        this.diagnostics = diagnostics;
        this.source = source;
    }

    /** The diagnostics with source lines, coloured when {@code color}; the plain message otherwise. */
    public String render(boolean color) {
        return diagnostics == null ? getMessage() : DiagnosticPrinter.render(diagnostics, source::file, color);
    }

    /** Whether the failure carries diagnostics (rather than an I/O problem). */
    public boolean hasDiagnostics() {
        return diagnostics != null;
    }
}
