package io.jalloy.prometheus.scrape.internal;

import io.jalloy.common.http.client.ConfiguredHttpClient;
import io.jalloy.common.http.client.Http1Connection;
import io.jalloy.common.http.client.StatusTexts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Fetches one target's exposition into a buffer borrowed from {@link BodyBuffers} (sized by the
 * previous body, held until {@link #release}), with Prometheus's request headers, gzip decoding and
 * body size limit. Failures come back as Prometheus's error texts. Plain {@code http://} targets
 * without a proxy are scraped over one kept-alive {@link Http1Connection} (as Prometheus keeps one
 * per target); the rest through the JDK client. Used by one scrape loop thread.
 */
final class Fetcher {
    /** Outcome of a fetch: a body of {@code length} bytes in {@link #buffer()}, or an error. */
    record Result(int length, String contentType, String error) {}

    private final ConfiguredHttpClient client;
    private final ScrapeSettings settings;
    private final URI url;
    private final java.time.Duration timeout;
    private final String timeoutHeader;
    private final Http1Connection direct; // null: the JDK client
    private byte[] buffer;
    private int lastLength;

    Fetcher(ConfiguredHttpClient client, ScrapeSettings settings, URI url, java.time.Duration timeout) {
        this.client = client;
        this.settings = settings;
        this.url = url;
        this.timeout = timeout;
        this.timeoutHeader = goFloat(timeout.toNanos() / 1e9);
        this.direct = Http1Connection.applies(url, client.client().proxy().isPresent())
                ? new Http1Connection(url, timeout) : null;
    }

    /** Closes the kept-alive connection, if any. */
    void close() {
        if (direct != null) {
            direct.close();
        }
    }

    byte[] buffer() {
        return buffer;
    }

    /** Hands the body buffer back to the pool; {@link #buffer()} is invalid until the next fetch. */
    void release() {
        if (buffer != null) {
            BodyBuffers.release(buffer);
            buffer = null;
        }
    }

    Result fetch() throws InterruptedException {
        if (buffer == null) {
            buffer = BodyBuffers.borrow(lastLength + 1);
        }
        HttpResponse<InputStream> response;
        try {
            HttpRequest.Builder rb = HttpRequest.newBuilder(url).GET().timeout(timeout)
                    .header("Accept", settings.accept())
                    .header("Accept-Encoding", settings.enableCompression() ? "gzip" : "identity")
                    .header("User-Agent", "Alloy/jalloy")
                    .header("X-Prometheus-Scrape-Timeout-Seconds", timeoutHeader);
            if (direct != null) {
                Result r = fetchDirect(client.authorize(rb).build().headers().map());
                if (Thread.interrupted()) {
                    throw new InterruptedException("scrape stopping"); // as the JDK client would
                }
                if (r != null) {
                    return r;
                }
            }
            if ("http".equals(url.getScheme())) {
                // Go's client never tries h2c upgrades on plain HTTP; the JDK's would, which some targets reject.
                rb.version(java.net.http.HttpClient.Version.HTTP_1_1);
            }
            response = client.client().send(client.authorize(rb).build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            return failure("Get \"" + url + "\": context deadline exceeded");
        } catch (IOException | IllegalArgumentException e) {
            return failure("Get \"" + url + "\": " + e);
        }
        try (InputStream raw = response.body()) {
            if (response.statusCode() != 200) {
                return failure("server returned HTTP status " + StatusTexts.status(response.statusCode()));
            }
            boolean gzip = response.headers().firstValue("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false);
            InputStream in = gzip ? new GZIPInputStream(raw, 8192) : raw;
            int n = readAll(in);
            lastLength = Math.max(n, 0);
            if (n < 0) {
                return failure("body size limit exceeded");
            }
            return new Result(n, response.headers().firstValue("Content-Type").orElse(""), null);
        } catch (HttpTimeoutException e) {
            return failure("Get \"" + url + "\": context deadline exceeded");
        } catch (IOException e) {
            return failure(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** The scrape over the kept-alive connection, or null for a redirect (left to the JDK client). */
    private Result fetchDirect(java.util.Map<String, java.util.List<String>> headers) {
        long start = System.nanoTime();
        Http1Connection.Fetched f;
        try {
            f = direct.get(headers, buffer, settings.bodySizeLimit());
        } catch (SocketTimeoutException e) {
            direct.close();
            return failure("Get \"" + url + "\": context deadline exceeded");
        } catch (IOException e) {
            return failure("Get \"" + url + "\": " + e);
        }
        if (f.status() / 100 == 3) {
            return null;
        }
        buffer = f.body(); // maybe grown
        if (System.nanoTime() - start > timeout.toNanos()) {
            direct.close();
            return failure("Get \"" + url + "\": context deadline exceeded");
        }
        if (f.status() != 200) {
            return failure("server returned HTTP status " + StatusTexts.status(f.status()));
        }
        if (f.overLimit()) {
            lastLength = 0;
            return failure("body size limit exceeded");
        }
        int n = f.length();
        if ("gzip".equalsIgnoreCase(f.contentEncoding())) {
            byte[] raw = buffer;
            buffer = BodyBuffers.borrow(Math.max(lastLength, n) + 1);
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw, 0, f.length()), 8192)) {
                n = readAll(in);
            } catch (IOException e) {
                return failure(e.getMessage() == null ? e.toString() : e.getMessage());
            } finally {
                BodyBuffers.release(raw);
            }
            if (n < 0) {
                lastLength = 0;
                return failure("body size limit exceeded");
            }
        }
        lastLength = n;
        return new Result(n, f.contentType(), null);
    }

    /** Reads the body into the buffer; -1 when it exceeds the size limit. */
    private int readAll(InputStream in) throws IOException {
        long limit = settings.bodySizeLimit();
        int n = 0;
        while (true) {
            if (n == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            int r = in.read(buffer, n, buffer.length - n);
            if (r < 0) {
                return n;
            }
            n += r;
            if (limit > 0 && n > limit) {
                return -1;
            }
        }
    }

    private static Result failure(String error) {
        return new Result(0, "", error);
    }

    /** Go's {@code %g}-like text for the timeout header: no trailing zeros. */
    static String goFloat(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
