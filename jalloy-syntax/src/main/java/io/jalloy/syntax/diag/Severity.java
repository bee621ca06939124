package io.jalloy.syntax.diag;

/** How serious a diagnostic is. */
public enum Severity {
    WARNING("Warning"),
    ERROR("Error");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word Alloy prints for this severity. */
    public String label() {
        return label;
    }
}
