package io.jalloy.component;

import java.util.List;

/**
 * How stable a component (or any feature) is, and the minimum level a process allows
 * ({@code --stability.level}). Declaration order is from least to most stable, so a feature is
 * allowed when its level {@linkplain #compareTo compares} at or above the minimum.
 */
public enum Stability {
    EXPERIMENTAL("experimental"),
    PUBLIC_PREVIEW("public-preview"),
    GENERALLY_AVAILABLE("generally-available");

    private final String text;

    Stability(String text) {
        this.text = text;
    }

    /** The flag spelling: {@code experimental}, {@code public-preview}, {@code generally-available}. */
    public String text() {
        return text;
    }

    /** The level named {@code text} (the flag spelling). */
    public static Stability parse(String text) {
        for (Stability s : values()) {
            if (s.text.equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("invalid stability level \"" + text + "\"");
    }

    /** The flag values in the order Alloy lists them in help texts. */
    public static List<String> allowedValues() {
        return List.of(GENERALLY_AVAILABLE.text, PUBLIC_PREVIEW.text, EXPERIMENTAL.text);
    }

    /** Whether a feature at this level may be used when {@code minimum} is the configured level. */
    public boolean isAllowedAt(Stability minimum) {
        return compareTo(minimum) >= 0;
    }

    /**
     * Fails with Alloy's exact message when a feature at this level is below {@code minimum}.
     * {@code featureName} is how the feature is named in the message, for a component
     * {@code component "local.file"}.
     */
    public void checkAllowed(Stability minimum, String featureName) throws StabilityException {
        if (!isAllowedAt(minimum)) {
            throw new StabilityException(featureName + " is at stability level " + quoted()
                    + ", which is below the minimum allowed stability level " + minimum.quoted()
                    + ". Use --stability.level command-line flag to enable " + quoted() + " features");
        }
    }

    /** The name of a component as {@link #checkAllowed} expects it: {@code component "local.file"}. */
    public static String componentFeature(String componentName) {
        return "component \"" + componentName + "\"";
    }

    private String quoted() {
        return '"' + text + '"';
    }

    @Override
    public String toString() {
        return text;
    }
}
