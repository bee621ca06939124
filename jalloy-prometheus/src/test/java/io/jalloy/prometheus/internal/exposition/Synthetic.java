package io.jalloy.prometheus.internal.exposition;

import java.nio.charset.StandardCharsets;

/** Deterministic expositions of about a thousand series, in all three formats, for load-shaped tests. */
final class Synthetic {
    static final int PODS = 40;

    private Synthetic() {}

    /** Counters, gauges, a classic histogram and a summary over {@link #PODS} label sets. */
    static byte[] text(boolean openMetrics) {
        StringBuilder sb = new StringBuilder(128 * 1024);
        sb.append("# HELP http_requests_total Requests served.\n# TYPE http_requests_total counter\n");
        for (int p = 0; p < PODS; p++) {
            for (int code : new int[] {200, 404, 500}) {
                sb.append("http_requests_total{pod=\"pod-").append(p).append("\",code=\"").append(code)
                        .append("\",path=\"/api/v1/\\\"q\\\"\"} ").append(p * 1000 + code).append(".5");
                if (openMetrics && code == 500) {
                    sb.append(" # {trace_id=\"4bf92f3577b34da6a3ce929d0e0e4736\"} 1.0 1700000000.123");
                }
                sb.append('\n');
            }
        }
        sb.append("# HELP memory_bytes Memory.\n# TYPE memory_bytes gauge\n");
        for (int p = 0; p < PODS; p++) {
            sb.append("memory_bytes{pod=\"pod-").append(p).append("\",area=\"heap\"} ").append(1.2345e9 + p)
                    .append(openMetrics ? " 1700000000.5\n" : " 1700000000500\n");
        }
        sb.append("# HELP latency_seconds Latency.\n# TYPE latency_seconds histogram\n");
        String[] les = {"0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0", "2.5", "5.0", "10.0", "+Inf"};
        for (int p = 0; p < PODS; p++) {
            for (int i = 0; i < les.length; i++) {
                sb.append("latency_seconds_bucket{pod=\"pod-").append(p).append("\",le=\"").append(les[i]).append("\"} ")
                        .append(i * 10 + p).append('\n');
            }
            sb.append("latency_seconds_sum{pod=\"pod-").append(p).append("\"} ").append(p * 3.25).append('\n');
            sb.append("latency_seconds_count{pod=\"pod-").append(p).append("\"} ").append(110 + p).append('\n');
        }
        sb.append("# HELP rpc_seconds RPC.\n# TYPE rpc_seconds summary\n");
        for (int p = 0; p < PODS; p++) {
            for (String q : new String[] {"0.5", "0.9", "0.99"}) {
                sb.append("rpc_seconds{pod=\"pod-").append(p).append("\",quantile=\"").append(q).append("\"} ")
                        .append("8.3835e-05\n");
            }
            sb.append("rpc_seconds_sum{pod=\"pod-").append(p).append("\"} NaN\n");
            sb.append("rpc_seconds_count{pod=\"pod-").append(p).append("\"} 99\n");
        }
        if (openMetrics) {
            sb.append("# EOF\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same families as protobuf, the histogram with native buckets too. */
    static byte[] protobuf() {
        Pb[] families = new Pb[4];
        Pb counter = Pb.msg().string(1, "http_requests_total").string(2, "Requests served.").varint(3, 0);
        Pb gauge = Pb.msg().string(1, "memory_bytes").string(2, "Memory.").varint(3, 1);
        Pb hist = Pb.msg().string(1, "latency_seconds").string(2, "Latency.").varint(3, 4);
        Pb summary = Pb.msg().string(1, "rpc_seconds").string(2, "RPC.").varint(3, 2);
        double[] les = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
        for (int p = 0; p < PODS; p++) {
            for (int code : new int[] {200, 404, 500}) {
                counter.msg(4, Pb.msg().msg(1, Pb.label("pod", "pod-" + p)).msg(1, Pb.label("code", "" + code))
                        .msg(3, Pb.msg().dbl(1, p * 1000 + code + 0.5)));
            }
            gauge.msg(4, Pb.msg().msg(1, Pb.label("pod", "pod-" + p)).msg(1, Pb.label("area", "heap"))
                    .msg(2, Pb.msg().dbl(1, 1.2345e9 + p)).varint(6, 1700000000500L));
            Pb h = Pb.msg().varint(1, 110 + p).dbl(2, p * 3.25).sint(5, 3).dbl(6, 1e-128)
                    .msg(12, Pb.msg().sint(1, -10).varint(2, 4)).packedSint(13, 1, 2, -1, 3);
            for (int i = 0; i < les.length; i++) {
                h.msg(3, Pb.msg().varint(1, i * 10L + p).dbl(2, les[i]));
            }
            hist.msg(4, Pb.msg().msg(1, Pb.label("pod", "pod-" + p)).msg(7, h));
            Pb s = Pb.msg().varint(1, 99).dbl(2, Double.NaN);
            for (double q : new double[] {0.5, 0.9, 0.99}) {
                s.msg(3, Pb.msg().dbl(1, q).dbl(2, 8.3835e-05));
            }
            summary.msg(4, Pb.msg().msg(1, Pb.label("pod", "pod-" + p)).msg(4, s));
        }
        families[0] = counter;
        families[1] = gauge;
        families[2] = hist;
        families[3] = summary;
        return Pb.delimited(families);
    }
}
