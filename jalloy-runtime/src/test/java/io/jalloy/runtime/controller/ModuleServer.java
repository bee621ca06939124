package io.jalloy.runtime.controller;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Serves one module text at every path of an HTTP server on 127.0.0.1, for {@code import.http} tests. */
final class ModuleServer implements AutoCloseable {
    private final HttpServer server;
    private final AtomicReference<String> module;
    private final AtomicInteger requests = new AtomicInteger();

    private ModuleServer(HttpServer server, AtomicReference<String> module) {
        this.server = server;
        this.module = module;
    }

    static ModuleServer serving(String module) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ModuleServer s = new ModuleServer(server, new AtomicReference<>(module));
        server.createContext("/", exchange -> {
            s.requests.incrementAndGet();
            byte[] body = s.module.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return s;
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void serve(String newModule) {
        module.set(newModule);
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
