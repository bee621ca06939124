package io.jalloy.runtime.http;

/** What {@code /-/reload} calls: re-reads and applies the configuration (the controller implements it). */
@FunctionalInterface
public interface ReloadHook {

    /** Reloads; the exception's message is returned to the caller with status 400. */
    void reload() throws Exception;
}
