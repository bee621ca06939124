package io.jalloy.component;

/**
 * A component's slot in the HTTP server: requests to {@code /api/v0/component/<id>/<rest>} reach
 * the registered handler with the path {@code /<rest>}.
 */
public interface ComponentHttp {

    /** The absolute path prefix of this component's routes, ending in a slash. */
    String pathPrefix();

    /** Installs (or replaces) the component's handler. Thread-safe; takes effect for the next request. */
    void register(ComponentHandler handler);
}
