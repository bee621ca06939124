package io.jalloy.common.http.client;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A blocking HTTP/1.1 keep-alive connection to a plain {@code http://} endpoint without a proxy,
 * for POSTs (Loki pushes, remote writes) and scrape GETs: one request line, the headers, the body
 * in one write, and a response read straight from the socket. The JDK client's asynchronous
 * machinery cost as much CPU per request as encoding it did (and as much again in JIT
 * compilation); this is the whole protocol these requests need. Used by one thread at a time;
 * reconnects after any error or {@code Connection: close}.
 */
public final class Http1Connection implements AutoCloseable {
    private static final int MAX_HEADER_LINE = 16 * 1024;

    private final String host;
    private final int port;
    private final String target;
    private final String hostHeader;
    private final int timeoutMillis;
    private Socket socket;
    private OutputStream out;
    private InputStream in;
    private final StringBuilder lineBuf = new StringBuilder(128);
    private final byte[] chunk = new byte[8192];

    /** The response: status and up to {@code maxBody} bytes of the body. */
    public record Reply(int status, byte[] body) {}

    public Http1Connection(URI url, Duration timeout) {
        this.host = url.getHost();
        this.port = url.getPort() < 0 ? 80 : url.getPort();
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        this.target = url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
        this.hostHeader = url.getPort() < 0 ? host : host + ":" + port;
        this.timeoutMillis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }

    /** Whether this connection can carry pushes to {@code url} for a client with these settings. */
    public static boolean applies(URI url, boolean proxied) {
        return "http".equalsIgnoreCase(url.getScheme()) && url.getHost() != null && !proxied;
    }

    /**
     * Posts {@code length} bytes of {@code body} with {@code headers} (name to values, without
     * Host and Content-Length). A request on a kept-alive connection that the server had closed
     * is sent again once on a new connection.
     */
    public Reply post(Map<String, List<String>> headers, byte[] body, int length, int maxBody) throws IOException {
        boolean reused = socket != null;
        try {
            return exchange(headers, body, length, maxBody);
        } catch (IOException e) {
            close();
            if (!reused) {
                throw e;
            }
            try {
                return exchange(headers, body, length, maxBody);
            } catch (IOException again) {
                close();
                throw again;
            }
        }
    }

    private Reply exchange(Map<String, List<String>> headers, byte[] body, int length, int maxBody) throws IOException {
        writeHead("POST", headers, length);
        out.write(body, 0, length);
        out.flush();
        Head h = readHead();
        BodySink sink = new BodySink(maxBody);
        readBody(h, sink);
        return new Reply(h.code, sink.bytes());
    }

    /** A GET response: the status, two headers a scraper needs, and the body's bytes in {@code body}. */
    public record Fetched(int status, String contentType, String contentEncoding, byte[] body, int length,
                          boolean overLimit) {}

    /**
     * GETs the target with {@code headers} (without Host), reading the body into {@code buffer}
     * (grown by copying when needed; the returned record holds the final array). A body past
     * {@code limit} bytes (0 = none) stops the read and closes the connection. A request on a
     * kept-alive connection that the server had closed is sent again once on a new connection.
     */
    public Fetched get(Map<String, List<String>> headers, byte[] buffer, long limit) throws IOException {
        boolean reused = socket != null;
        try {
            return fetch(headers, buffer, limit);
        } catch (IOException e) {
            close();
            if (!reused) {
                throw e;
            }
            try {
                return fetch(headers, buffer, limit);
            } catch (IOException again) {
                close();
                throw again;
            }
        }
    }

    private Fetched fetch(Map<String, List<String>> headers, byte[] buffer, long limit) throws IOException {
        writeHead("GET", headers, -1);
        out.flush();
        Head h = readHead();
        GrowingSink sink = new GrowingSink(buffer, limit);
        try {
            readBody(h, sink);
        } catch (LimitExceeded e) {
            close();
            return new Fetched(h.code, h.contentType, h.contentEncoding, sink.buf, sink.length, true);
        }
        return new Fetched(h.code, h.contentType, h.contentEncoding, sink.buf, sink.length, false);
    }

    private void writeHead(String method, Map<String, List<String>> headers, int length) throws IOException {
        if (socket == null) {
            connect();
        }
        StringBuilder head = new StringBuilder(256);
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: ").append(hostHeader).append("\r\n");
        if (length >= 0) {
            head.append("Content-Length: ").append(length).append("\r\n");
        }
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            for (String v : h.getValue()) {
                head.append(h.getKey()).append(": ").append(v).append("\r\n");
            }
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(host, port), timeoutMillis);
            s.setSoTimeout(timeoutMillis);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        socket = s;
        out = s.getOutputStream();
        in = new BufferedInputStream(s.getInputStream(), 8192);
    }

    private record Head(int code, long contentLength, boolean chunked, boolean close, String contentType,
                        String contentEncoding) {}

    private Head readHead() throws IOException {
        String status = readLine();
        if (!status.startsWith("HTTP/1.") || status.length() < 12) {
            throw new IOException("malformed HTTP status line: " + status);
        }
        int code;
        try {
            code = Integer.parseInt(status.substring(9, 12));
        } catch (NumberFormatException e) {
            throw new IOException("malformed HTTP status line: " + status);
        }
        long contentLength = -1;
        boolean chunked = false;
        boolean close = status.startsWith("HTTP/1.0");
        String contentType = "";
        String contentEncoding = "";
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> contentLength = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close") || (close && !value.equalsIgnoreCase("keep-alive"));
                case "content-type" -> contentType = value;
                case "content-encoding" -> contentEncoding = value;
                default -> { }
            }
        }
        return new Head(code, contentLength, chunked, close, contentType, contentEncoding);
    }

    private void readBody(Head h, Sink sink) throws IOException {
        boolean close = h.close;
        if (h.code == 204 || h.code == 304 || h.code / 100 == 1) {
            // no body
        } else if (h.chunked) {
            readChunked(sink);
        } else if (h.contentLength >= 0) {
            copy(h.contentLength, sink, false);
        } else {
            close = true; // the body runs to the end of the connection
            copy(Long.MAX_VALUE, sink, true);
        }
        if (close) {
            close();
        }
    }

    private void readChunked(Sink sink) throws IOException {
        while (true) {
            String size = readLine();
            int semi = size.indexOf(';');
            long n = Long.parseLong((semi >= 0 ? size.substring(0, semi) : size).trim(), 16);
            if (n == 0) {
                while (!readLine().isEmpty()) {
                    // trailers
                }
                return;
            }
            copy(n, sink, false);
            readLine(); // CRLF after the chunk
        }
    }

    private void copy(long n, Sink sink, boolean untilEnd) throws IOException {
        while (n > 0) {
            int r = in.read(chunk, 0, (int) Math.min(chunk.length, n));
            if (r < 0) {
                if (untilEnd) {
                    return;
                }
                throw new EOFException("connection closed in the response body");
            }
            sink.add(chunk, r);
            n -= r;
        }
    }

    private String readLine() throws IOException {
        lineBuf.setLength(0);
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException("connection closed before the response ended");
            }
            if (c == '\n') {
                int len = lineBuf.length();
                if (len > 0 && lineBuf.charAt(len - 1) == '\r') {
                    lineBuf.setLength(len - 1);
                }
                return lineBuf.toString();
            }
            if (lineBuf.length() >= MAX_HEADER_LINE) {
                throw new IOException("HTTP header line too long");
            }
            lineBuf.append((char) c);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
            socket = null;
            out = null;
            in = null;
        }
    }

    /** Where a response body goes. */
    private interface Sink {
        void add(byte[] b, int n) throws IOException;
    }

    private static final class LimitExceeded extends IOException {
        LimitExceeded() {
            super("body size limit exceeded");
        }
    }

    /** Collects a whole body into a growing array, up to a limit. */
    private static final class GrowingSink implements Sink {
        private byte[] buf;
        private int length;
        private final long limit;

        GrowingSink(byte[] buf, long limit) {
            this.buf = buf;
            this.limit = limit;
        }

        @Override
        public void add(byte[] b, int n) throws IOException {
            if (limit > 0 && length + (long) n > limit) {
                throw new LimitExceeded();
            }
            if (length + n > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, length + n));
            }
            System.arraycopy(b, 0, buf, length, n);
            length += n;
        }
    }

    /** Keeps the first bytes of a response body (error texts), counting the rest away. */
    private static final class BodySink implements Sink {
        private final byte[] kept;
        private int length;

        BodySink(int max) {
            kept = new byte[max];
        }

        @Override
        public void add(byte[] b, int n) {
            int take = Math.min(n, kept.length - length);
            System.arraycopy(b, 0, kept, length, take);
            length += take;
        }

        byte[] bytes() {
            return java.util.Arrays.copyOf(kept, length);
        }
    }
}
