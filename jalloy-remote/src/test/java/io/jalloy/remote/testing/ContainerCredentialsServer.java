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
 * temporary credentials as JSON, and records the Authorization header of each request.
 */
public final class ContainerCredentialsServer implements AutoCloseable {
    private final HttpServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    /** Serves the given credentials at {@code /v2/credentials/task-role}. */
    public ContainerCredentialsServer(String accessKey, String secretKey, String token) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String json = """
                {"RoleArn":"arn:aws:iam::123456789012:role/task","AccessKeyId":"%s","SecretAccessKey":"%s",\
                "Token":"%s","Expiration":"2099-01-01T00:00:00Z"}""".formatted(accessKey, secretKey, token);
        server.createContext("/v2/credentials/task-role", exchange -> {
            try (exchange) {
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                authorizations.add(authorization == null ? "" : authorization);
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
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v2/credentials/task-role";
    }

    /** The Authorization headers received so far. */
    public List<String> authorizations() {
        return authorizations;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
