package io.jalloy.component;

/**
 * Where the process's HTTP server listens, for {@link ComponentHttp#serverAddress()}: set by the
 * runtime once its server is bound (a wildcard host becomes {@code 127.0.0.1}). Any thread.
 */
public final class ServerAddress {
    private static volatile String address = "127.0.0.1:12345";

    private ServerAddress() {}

    /** The current address, {@code host:port}. */
    public static String get() {
        return address;
    }

    /** Records the bound address; called by the runtime's HTTP server (and by tests). */
    public static void set(String hostPort) {
        address = hostPort;
    }
}
