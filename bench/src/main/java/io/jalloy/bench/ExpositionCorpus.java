package io.jalloy.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds a realistic ~1,000-series exposition (counters, gauges, a classic histogram, a summary,
 * over many pods) in Prometheus text, OpenMetrics and delimited protobuf, for the parse benchmark.
 */
public final class ExpositionCorpus {
    private static final double[] LES = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private static final String[] LE_TEXT = {"0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0", "2.5",
        "5.0", "10.0", "+Inf"};

    private ExpositionCorpus() {}

    /** Text with {@code pods} label sets; 23 series per pod (1,012 at 44 pods). */
    public static byte[] text(int pods, boolean openMetrics) {
        StringBuilder sb = new StringBuilder(pods * 3000);
        sb.append("# HELP http_requests_total Requests served.\n# TYPE http_requests_total counter\n");
        for (int p = 0; p < pods; p++) {
            for (int code : new int[] {200, 404, 500}) {
                sb.append("http_requests_total{namespace=\"prod\",pod=\"api-7d9f8b6c5d-").append(p)
                        .append("\",code=\"").append(code).append("\",path=\"/api/v1/query\"} ")
                        .append(p * 1000 + code).append(".5");
                if (openMetrics && code == 500) {
                    sb.append(" # {trace_id=\"4bf92f3577b34da6a3ce929d0e0e4736\"} 1.0 1700000000.123");
                }
                sb.append('\n');
            }
        }
        sb.append("# HELP process_resident_memory_bytes Memory.\n# TYPE process_resident_memory_bytes gauge\n");
        for (int p = 0; p < pods; p++) {
            sb.append("process_resident_memory_bytes{namespace=\"prod\",pod=\"api-7d9f8b6c5d-").append(p)
                    .append("\"} ").append(1.2345e9 + p * 7919).append('\n');
        }
        sb.append("# HELP http_request_duration_seconds Latency.\n# TYPE http_request_duration_seconds histogram\n");
        for (int p = 0; p < pods; p++) {
            String pod = "{namespace=\"prod\",pod=\"api-7d9f8b6c5d-" + p + "\"";
            for (int i = 0; i < LE_TEXT.length; i++) {
                sb.append("http_request_duration_seconds_bucket").append(pod).append(",le=\"").append(LE_TEXT[i])
                        .append("\"} ").append(i * 10 + p).append('\n');
            }
            sb.append("http_request_duration_seconds_sum").append(pod).append("} ").append(p * 3.25 + 0.001).append('\n');
            sb.append("http_request_duration_seconds_count").append(pod).append("} ").append(110 + p).append('\n');
        }
        sb.append("# HELP rpc_duration_seconds RPC.\n# TYPE rpc_duration_seconds summary\n");
        for (int p = 0; p < pods; p++) {
            String pod = "{namespace=\"prod\",pod=\"api-7d9f8b6c5d-" + p + "\"";
            for (String q : new String[] {"0.5", "0.9", "0.99"}) {
                sb.append("rpc_duration_seconds").append(pod).append(",quantile=\"").append(q).append("\"} 8.3835e-05\n");
            }
            sb.append("rpc_duration_seconds_sum").append(pod).append("} 1.7560473e+07\n");
            sb.append("rpc_duration_seconds_count").append(pod).append("} 2693\n");
        }
        if (openMetrics) {
            sb.append("# EOF\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same families as delimited MetricFamily messages (classic buckets only). */
    public static byte[] protobuf(int pods) {
        Writer counter = new Writer().string(1, "http_requests_total").string(2, "Requests served.").varint(3, 0);
        Writer gauge = new Writer().string(1, "process_resident_memory_bytes").string(2, "Memory.").varint(3, 1);
        Writer hist = new Writer().string(1, "http_request_duration_seconds").string(2, "Latency.").varint(3, 4);
        Writer summary = new Writer().string(1, "rpc_duration_seconds").string(2, "RPC.").varint(3, 2);
        for (int p = 0; p < pods; p++) {
            String pod = "api-7d9f8b6c5d-" + p;
            for (int code : new int[] {200, 404, 500}) {
                counter.msg(4, labels(pod).msg(1, label("code", "" + code)).msg(1, label("path", "/api/v1/query"))
                        .msg(3, new Writer().dbl(1, p * 1000 + code + 0.5)));
            }
            gauge.msg(4, labels(pod).msg(2, new Writer().dbl(1, 1.2345e9 + p * 7919)));
            Writer h = new Writer().varint(1, 110 + p).dbl(2, p * 3.25 + 0.001);
            for (int i = 0; i < LES.length; i++) {
                h.msg(3, new Writer().varint(1, i * 10L + p).dbl(2, LES[i]));
            }
            hist.msg(4, labels(pod).msg(7, h));
            Writer s = new Writer().varint(1, 2693).dbl(2, 1.7560473e+07);
            for (double q : new double[] {0.5, 0.9, 0.99}) {
                s.msg(3, new Writer().dbl(1, q).dbl(2, 8.3835e-05));
            }
            summary.msg(4, labels(pod).msg(4, s));
        }
        Writer all = new Writer();
        for (Writer family : new Writer[] {counter, gauge, hist, summary}) {
            byte[] b = family.out.toByteArray();
            all.raw(b.length);
            all.out.writeBytes(b);
        }
        return all.out.toByteArray();
    }

    private static Writer labels(String pod) {
        return new Writer().msg(1, label("namespace", "prod")).msg(1, label("pod", pod));
    }

    private static Writer label(String name, String value) {
        return new Writer().string(1, name).string(2, value);
    }

    /** Minimal protobuf encoder: just the field kinds MetricFamily uses. */
    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Writer string(int field, String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            raw(((long) field << 3) | 2);
            raw(b.length);
            out.writeBytes(b);
            return this;
        }

        Writer varint(int field, long v) {
            raw((long) field << 3);
            raw(v);
            return this;
        }

        Writer dbl(int field, double d) {
            raw(((long) field << 3) | 1);
            long v = Double.doubleToRawLongBits(d);
            for (int k = 0; k < 8; k++) {
                out.write((int) (v >>> (8 * k)) & 0xFF);
            }
            return this;
        }

        Writer msg(int field, Writer m) {
            byte[] b = m.out.toByteArray();
            raw(((long) field << 3) | 2);
            raw(b.length);
            out.writeBytes(b);
            return this;
        }

        void raw(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }
    }
}
