package io.jalloy.component;

/**
 * A component's health, named as Alloy names it. Declaration order is from healthiest to least
 * healthy, which is the order {@link Health#leastHealthy} ranks them in.
 */
public enum HealthState {
    /** Working as expected. */
    HEALTHY("healthy"),
    /** The initial state of a component that has just been created. */
    UNKNOWN("unknown"),
    /** Not working as expected; the message says why. */
    UNHEALTHY("unhealthy"),
    /** No longer running. */
    EXITED("exited");

    private final String text;

    HealthState(String text) {
        this.text = text;
    }

    /** Alloy's name for this state: {@code healthy}, {@code unhealthy}, {@code unknown}, {@code exited}. */
    public String text() {
        return text;
    }

    /** The state named {@code text}, as Alloy spells it. */
    public static HealthState parse(String text) {
        for (HealthState s : values()) {
            if (s.text.equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("invalid health type \"" + text + "\"");
    }

    @Override
    public String toString() {
        return text;
    }
}
