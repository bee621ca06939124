package io.jalloy.common.http.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jalloy.common.http.OAuth2Config;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Tokens of the OAuth 2 client credentials grant, fetched from {@code token_url} and reused until
 * ten seconds before they expire (Go's margin). Like Go's automatic detection, the client
 * credentials go in a Basic header first and, if the server refuses that, in the form.
 *
 * <p>Thread-safe: requests of any thread share one token; the first to find it stale refreshes it.
 */
final class OAuth2Tokens implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(10);

    private final OAuth2Config config;
    private final ConfiguredHttpClient client;
    private final Clock clock;
    private String header; // guarded by this
    private Instant refreshAt = Instant.MIN; // guarded by this
    private boolean credentialsInForm; // guarded by this

    OAuth2Tokens(OAuth2Config config, ConfiguredHttpClient client, Clock clock) {
        this.config = config;
        this.client = client;
        this.clock = clock;
    }

    /** The {@code Authorization} header value, fetching a token when none is valid. */
    synchronized String authorization() throws IOException {
        if (header == null || !clock.instant().isBefore(refreshAt)) {
            fetch();
        }
        return header;
    }

    private void fetch() throws IOException {
        if (!OAuth2Config.CLIENT_CREDENTIALS.equals(config.grantType())) {
            throw new IOException("oauth2 grant_type \"" + config.grantType() + "\" is not supported by Jalloy yet");
        }
        String secret = config.clientSecretFile().isEmpty()
                ? (config.clientSecret() == null ? "" : config.clientSecret().value())
                : Files.readString(Path.of(config.clientSecretFile()), StandardCharsets.UTF_8).strip();
        HttpResponse<String> response = request(secret, credentialsInForm);
        if (!credentialsInForm && (response.statusCode() == 400 || response.statusCode() == 401)) {
            HttpResponse<String> retried = request(secret, true);
            if (retried.statusCode() / 100 == 2) {
                credentialsInForm = true;
            }
            response = retried;
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("oauth2: cannot fetch token: " + StatusTexts.status(response.statusCode())
                    + "\nResponse: " + response.body());
        }
        accept(response.body());
    }

    private HttpResponse<String> request(String secret, boolean inForm) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", OAuth2Config.CLIENT_CREDENTIALS);
        if (!config.scopes().isEmpty()) {
            form.put("scope", String.join(" ", config.scopes()));
        }
        form.putAll(config.endpointParams());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(config.tokenUrl()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (inForm) {
            form.put("client_id", config.clientId());
            form.put("client_secret", secret);
        } else {
            String pair = encode(config.clientId()) + ":" + encode(secret);
            builder.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        StringJoiner body = new StringJoiner("&");
        form.forEach((name, value) -> body.add(encode(name) + "=" + encode(value)));
        try {
            return client.client().send(builder.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("oauth2: token request interrupted", e);
        }
    }

    private void accept(String body) throws IOException {
        JsonNode token = JSON.readTree(body);
        String access = token.path("access_token").asText("");
        if (access.isEmpty()) {
            throw new IOException("oauth2: server response missing access_token");
        }
        long expiresIn = token.path("expires_in").asLong(0);
        header = type(token.path("token_type").asText("")) + " " + access;
        refreshAt = expiresIn > 0
                ? clock.instant().plusSeconds(expiresIn).minus(EXPIRY_MARGIN)
                : Instant.MAX;
    }

    /** Go's normalisation of the token type for the header. */
    private static String type(String tokenType) {
        return switch (tokenType.toLowerCase(java.util.Locale.ROOT)) {
            case "", "bearer" -> "Bearer";
            case "mac" -> "MAC";
            case "basic" -> "Basic";
            default -> tokenType;
        };
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        client.close();
    }
}
