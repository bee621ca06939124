package io.jalloy.cli.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the ECS/Fargate container credentials endpoint: serves a task role's temporary
 * credentials as JSON and counts the requests, so a test can see the default credential chain used it.
 */
public final class CredentialsEndpoint implements AutoCloseable {
    private static final String PATH = "/v2/credentials/task-role";

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    public CredentialsEndpoint(String accessKey, String secretKey, String token) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = ("{\"RoleArn\":\"arn:aws:iam::123456789012:role/task\",\"AccessKeyId\":\"" + accessKey
                + "\",\"SecretAccessKey\":\"" + secretKey + "\",\"Token\":\"" + token
                + "\",\"Expiration\":\"2099-01-01T00:00:00Z\"}").getBytes(StandardCharsets.UTF_8);
        server.createContext(PATH, exchange -> {
            try (exchange) {
                requests.incrementAndGet();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
    }

    /** What {@code AWS_CONTAINER_CREDENTIALS_FULL_URI} (or {@code aws.containerCredentialsFullUri}) is set to. */
    public String fullUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** Requests served so far. */
    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
