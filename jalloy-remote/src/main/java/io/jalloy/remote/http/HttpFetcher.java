package io.jalloy.remote.http;

import io.jalloy.common.http.client.ConfiguredHttpClient;
import io.jalloy.remote.internal.ContentFetcher;
import io.jalloy.remote.internal.FetchException;
import io.jalloy.common.http.client.StatusTexts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One {@code remote.http} request: the whole exchange, body included, must finish within
 * {@code poll_timeout}; anything but 200 is a failure; the body is trimmed as Alloy does.
 */
final class HttpFetcher implements ContentFetcher {
    private final ConfiguredHttpClient client;
    private final Arguments args;
    private final String userAgent;

    HttpFetcher(ConfiguredHttpClient client, Arguments args, String userAgent) {
        this.client = client;
        this.args = args;
        this.userAgent = userAgent;
    }

    @Override
    public String fetch() throws FetchException {
        HttpRequest request = request();
        CompletableFuture<HttpResponse<byte[]>> pending =
                client.client().sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            response = pending.get(args.pollTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw failed("context deadline exceeded", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw failed(describe(cause), cause);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw failed("context canceled", e);
        }
        if (response.statusCode() != 200) {
            throw new FetchException("unexpected status code " + StatusTexts.status(response.statusCode()));
        }
        return new String(response.body(), StandardCharsets.UTF_8).strip();
    }

    private HttpRequest request() throws FetchException {
        String method = args.method().isEmpty() ? "GET" : args.method();
        try {
            HttpRequest.BodyPublisher body = args.body().isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(args.body());
            URI uri = URI.create(args.url());
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                    .method(method, body)
                    .timeout(args.pollTimeout());
            if ("http".equalsIgnoreCase(uri.getScheme())) {
                // Go speaks HTTP/2 only over TLS; the JDK would also offer an h2c upgrade here.
                builder.version(HttpClient.Version.HTTP_1_1);
            }
            for (Map.Entry<String, String> header : args.headers().entrySet()) {
                builder.setHeader(header.getKey(), header.getValue());
            }
            if (!args.headers().containsKey("User-Agent")) {
                builder.setHeader("User-Agent", userAgent);
            }
            return client.authorize(builder).build();
        } catch (IllegalArgumentException e) {
            throw new FetchException("building request: " + e.getMessage(), e);
        } catch (IOException e) {
            throw failed(describe(e), e);
        }
    }

    /** Go's {@code url.Error} wording: {@code performing request: Get "http://...": cause}. */
    private FetchException failed(String cause, Throwable e) {
        String method = args.method().isEmpty() ? "GET" : args.method();
        String op = method.charAt(0) + method.substring(1).toLowerCase(Locale.ROOT);
        return new FetchException("performing request: " + op + " \"" + args.url() + "\": " + cause, e);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        if (e instanceof java.net.ConnectException) {
            return "connect: connection refused";
        }
        return message == null || message.isEmpty() ? e.getClass().getSimpleName() : message;
    }
}
