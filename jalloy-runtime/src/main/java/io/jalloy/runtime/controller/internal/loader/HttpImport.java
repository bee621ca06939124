package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.vm.Scope;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code import.http}: the module text at a URL, fetched again every {@code poll_frequency}
 * (Alloy runs a {@code remote.http} for it). The runtime cannot see jalloy-common's configurable
 * HTTP client (that module depends on this one), so this speaks {@code java.net.http} and applies
 * the {@code client} settings a module fetch needs: {@code bearer_token}, {@code basic_auth} and
 * {@code follow_redirects}; the others are accepted and not applied.
 */
final class HttpImport {
    private HttpImport() {}

    /** {@code import.http}'s arguments; {@code client} is kept as written. */
    record Args(
            @Attr("url") String url,
            @Attr(value = "method", optional = true) String method,
            @Attr(value = "headers", optional = true) Map<String, String> headers,
            @Attr(value = "body", optional = true) String body,
            @Attr(value = "poll_frequency", optional = true) Duration pollFrequency,
            @Attr(value = "poll_timeout", optional = true) Duration pollTimeout,
            @Block(value = "client", optional = true) Value client) {

        /** Alloy's defaults: GET, polled every minute with a 10s timeout. */
        static Args defaults() {
            return new Args("", "GET", Map.of(), "", DEFAULT_POLL, DEFAULT_TIMEOUT, null);
        }
    }

    static final Duration DEFAULT_POLL = Duration.ofMinutes(1);
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    static ImportEvaluation.Read read(SourceBlock b, Args args, Scope stdlib, LoaderContext ctx, List<Diagnostic> diags) {
        String content;
        try {
            content = fetch(args);
        } catch (IOException | IllegalArgumentException e) {
            diags.add(b.errorOnBlock("Failed to evaluate node for config block: " + e.getMessage()));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            diags.add(b.errorOnBlock("Failed to evaluate node for config block: interrupted"));
            return null;
        }
        Duration poll = args.pollFrequency();
        ImportProbe probe = () -> {
            try {
                return fetch(args);
            } catch (IOException | RuntimeException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        };
        return ModuleSources.library(b, List.of(new ModuleSources.Text(b.id(), content)), directoryOf(args.url()), stdlib,
                ctx, diags, poll.isPositive() ? List.of(probe) : List.of(), poll.isPositive() ? poll : DEFAULT_POLL);
    }

    /** The module path of an HTTP module: its URL up to the last slash, as Alloy splits it. */
    private static String directoryOf(String url) {
        int slash = url.lastIndexOf('/');
        return slash < 0 ? "" : url.substring(0, slash + 1);
    }

    private static String fetch(Args args) throws IOException, InterruptedException {
        Duration timeout = args.pollTimeout().isPositive() ? args.pollTimeout() : DEFAULT_TIMEOUT;
        ObjectValue client = args.client() instanceof ObjectValue o ? o : ObjectValue.EMPTY;
        boolean follow = client.get("follow_redirects") != BoolValue.FALSE;
        String method = args.method().isEmpty() ? "GET" : args.method();
        HttpRequest.BodyPublisher body = args.body() == null || args.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(args.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(args.url())).timeout(timeout).method(method, body);
        if (args.headers() != null) {
            args.headers().forEach(request::header);
        }
        String authorization = authorization(client);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(follow ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER).build()) {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IOException("unexpected status code " + response.statusCode() + " fetching " + args.url());
            }
            return response.body();
        }
    }

    private static String authorization(ObjectValue client) {
        if (text(client.get("bearer_token")) instanceof String token) {
            return "Bearer " + token;
        }
        if (client.get("basic_auth") instanceof ObjectValue basic) {
            String user = text(basic.get("username"));
            String password = text(basic.get("password"));
            String pair = (user == null ? "" : user) + ":" + (password == null ? "" : password);
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }

    private static String text(Value v) {
        return switch (v) {
            case StringValue s -> s.value();
            case io.jalloy.syntax.value.CapsuleValue c when c.value() instanceof Secret s -> s.value();
            case null, default -> null;
        };
    }
}
