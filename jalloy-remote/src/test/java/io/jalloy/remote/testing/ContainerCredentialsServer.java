package io.jalloy.remote.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the ECS/Fargate container credentials endpoint: answers the task role's
 * temporary credentials as JSON, and records each request's path and Authorization header.
 */
public final class ContainerCredentialsServer implements AutoCloseable {
    private final HttpServer server;
    private static final String PATH = "/v2/credentials/task-role";

    /** One request for credentials. */
    public record Request(String path, String authorization) {}

    private final List<Request> requests = new CopyOnWriteArrayList<>();

    /** Serves the given credentials at {@link #path()}. */
    public ContainerCredentialsServer(String accessKey, String secretKey, String token) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String json = """
                {"RoleArn":"arn:aws:iam::123456789012:role/task","AccessKeyId":"%s","SecretAccessKey":"%s",\
                "Token":"%s","Expiration":"2099-01-01T00:00:00Z"}""".formatted(accessKey, secretKey, token);
        server.createContext(PATH, exchange -> {
            try (exchange) {
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                requests.add(new Request(exchange.getRequestURI().getPath(), authorization == null ? "" : authorization));
                byte[] body = json.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
    }

    /** The full URI, as {@code AWS_CONTAINER_CREDENTIALS_FULL_URI} would give it. */
    public String fullUri() {
        return baseUri() + PATH;
    }

    /** The scheme, host and port, standing in for ECS's fixed agent address. */
    public String baseUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The path, as {@code AWS_CONTAINER_CREDENTIALS_RELATIVE_URI} would give it. */
    public String path() {
        return PATH;
    }

    /** The requests received so far. */
    public List<Request> requests() {
        return requests;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
