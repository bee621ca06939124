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

    /**
     * The {@code host:port} other components reach this process's HTTP server at (exporters
     * publish it as {@code __address__}): the bound address once the server listens, Alloy's
     * default {@code 127.0.0.1:12345} before that.
     */
    default String serverAddress() {
        return ServerAddress.get();
    }
}
