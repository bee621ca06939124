package io.jalloy.runtime.controller;

/**
 * How mature a feature is; a config may only use features at or above the minimum level the user
 * allows ({@code --stability.level}). Placeholder for the runtime's own gate until the branches merge.
 */
public enum Stability {
    EXPERIMENTAL("experimental"),
    PUBLIC_PREVIEW("public-preview"),
    GENERALLY_AVAILABLE("generally-available");

    private final String text;

    Stability(String text) {
        this.text = text;
    }

    /** The spelling Alloy uses in flags and messages. */
    public String text() {
        return text;
    }

    /**
     * Null when a feature at this level may be used under {@code minimum}, otherwise Alloy's
     * refusal naming {@code what}, such as {@code component "foo.bar"}.
     */
    public String checkAllowed(Stability minimum, String what) {
        if (compareTo(minimum) >= 0) {
            return null;
        }
        return what + " is at stability level \"" + text + "\", which is below the minimum allowed stability level \""
                + minimum.text + "\". Use --stability.level command-line flag to enable \"" + text + "\" features";
    }
}
