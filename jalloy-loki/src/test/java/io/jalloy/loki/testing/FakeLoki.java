package io.jalloy.loki.testing;

import com.github.loki4j.pkg.loki.protobuf.Push;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.xerial.snappy.Snappy;

/**
 * A Loki push endpoint on 127.0.0.1 for tests: answers each request with the next scripted status
 * (204 once the script runs out) and records the requests it accepted, decoded with loki4j's
 * generated protobuf classes and snappy-java, independently of Jalloy's own codec.
 */
public final class FakeLoki implements AutoCloseable {
    /** One received entry. */
    public record Received(String labels, long timestampNanos, String line, String metadata, String tenant,
            String contentType, String userAgent) {}

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
    private final List<Received> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    public FakeLoki(int... statuses) throws IOException {
        for (int s : statuses) {
            script.add(s);
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/loki/api/v1/push", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.incrementAndGet();
            Integer scripted = script.poll();
            int status = scripted == null ? 204 : scripted;
            if (status == 204) {
                accepted.addAll(decode(body, exchange.getRequestHeaders().getFirst("X-Scope-OrgID"),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        exchange.getRequestHeaders().getFirst("User-Agent")));
                exchange.sendResponseHeaders(204, -1);
            } else {
                byte[] msg = ("scripted failure " + status).getBytes();
                exchange.sendResponseHeaders(status, msg.length);
                exchange.getResponseBody().write(msg);
            }
            exchange.close();
        });
        server.start();
    }

    private static List<Received> decode(byte[] body, String tenant, String type, String agent) throws IOException {
        Push.PushRequest request = Push.PushRequest.parseFrom(Snappy.uncompress(body));
        List<Received> out = new ArrayList<>();
        for (Push.StreamAdapter s : request.getStreamsList()) {
            for (Push.EntryAdapter e : s.getEntriesList()) {
                StringBuilder md = new StringBuilder();
                for (Push.LabelPairAdapter p : e.getStructuredMetadataList()) {
                    md.append(p.getName()).append('=').append(p.getValue()).append(';');
                }
                long ts = e.getTimestamp().getSeconds() * 1_000_000_000L + e.getTimestamp().getNanos();
                out.add(new Received(s.getLabels(), ts, e.getLine(), md.toString(), tenant == null ? "" : tenant,
                        type, agent));
            }
        }
        return out;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/loki/api/v1/push";
    }

    public List<Received> accepted() {
        return accepted;
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
