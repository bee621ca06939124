package io.jalloy.component;

/**
 * Serves a component's HTTP routes. Called on HTTP server threads, concurrently with the
 * component's other methods and with other requests.
 */
@FunctionalInterface
public interface ComponentHandler {

    /** Answers one request; an exception becomes a 500 with its message. */
    ComponentResponse handle(ComponentRequest request) throws Exception;
}
