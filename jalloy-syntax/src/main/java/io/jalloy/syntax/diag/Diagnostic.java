package io.jalloy.syntax.diag;

import io.jalloy.syntax.token.Position;

/**
 * One problem found in a config, with the range it covers. {@code value} is an optional
 * rendering of the offending value (Alloy shows it under the caret), empty when absent.
 */
public record Diagnostic(Severity severity, Position start, Position end, String message, String value) {

    public Diagnostic {
        end = end == null ? start : end;
        value = value == null ? "" : value;
    }

    /** An error covering {@code start..end}. */
    public static Diagnostic error(Position start, Position end, String message) {
        return new Diagnostic(Severity.ERROR, start, end, message, "");
    }

    /** A warning covering {@code start..end}. */
    public static Diagnostic warning(Position start, Position end, String message) {
        return new Diagnostic(Severity.WARNING, start, end, message, "");
    }

    /** Alloy's one-line form: {@code file:line:col: message}. */
    @Override
    public String toString() {
        return start + ": " + message;
    }
}
