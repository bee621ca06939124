package io.jalloy.component;

/** The exports type of a component that exports nothing. */
public record NoExports() {

    /** The only value. */
    public static final NoExports INSTANCE = new NoExports();
}
