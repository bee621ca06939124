#!/usr/bin/env python3
"""Writes a fixed, deterministic Prometheus text exposition of exactly 1,000 series.

The mix imitates a Java/Go service: request counters by handler/method/status, JVM and process
gauges, a few classic histograms with 12 buckets, and label values of realistic lengths (paths,
pool names, UUID-like instance ids). The same bytes come out on every run (no randomness)."""
import sys

HANDLERS = [
    "/api/v1/orders", "/api/v1/orders/{id}", "/api/v1/orders/{id}/items", "/api/v1/customers",
    "/api/v1/customers/{id}", "/api/v1/customers/{id}/addresses", "/api/v1/payments",
    "/api/v1/payments/{id}/refunds", "/api/v2/catalog/products", "/api/v2/catalog/products/{sku}",
    "/api/v2/catalog/categories", "/api/v2/search", "/internal/health/liveness",
    "/internal/health/readiness", "/internal/admin/cache/invalidate", "/graphql",
]
METHODS = ["GET", "POST", "PUT", "DELETE"]
STATUSES = ["200", "201", "400", "404", "500", "503"]
BUCKETS = ["0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "+Inf"]
POOLS = ["CodeHeap 'non-nmethods'", "CodeHeap 'non-profiled nmethods'", "CodeHeap 'profiled nmethods'",
         "Compressed Class Space", "G1 Eden Space", "G1 Old Gen", "G1 Survivor Space", "Metaspace"]
COMMON = 'service="checkout-service",namespace="shop-production",pod="checkout-service-7d9f8b6c5d-x2k4q"'


def value(i):
    """A deterministic, varied sample value."""
    return (i * 7919 % 100003) * 1.25 + (i % 7) * 0.001


def main(out):
    lines = []
    n = 0

    def emit(name, labels, v):
        nonlocal n
        lines.append("%s{%s,%s} %s" % (name, COMMON, labels, repr(v) if isinstance(v, float) else v))
        n += 1

    # 1. Counters: requests by handler, method, status (384 series).
    lines.append("# HELP http_server_requests_total Total number of HTTP requests handled, by route and outcome.")
    lines.append("# TYPE http_server_requests_total counter")
    for h in HANDLERS:
        for m in METHODS:
            for s in STATUSES:
                emit("http_server_requests_total",
                     'handler="%s",method="%s",status="%s"' % (h, m, s), value(n))
    # 2. Histograms: request duration by handler and method, 12 buckets + sum + count (8 routes x 2 methods x 14 = 224).
    lines.append("# HELP http_server_request_duration_seconds Duration of HTTP requests, by route.")
    lines.append("# TYPE http_server_request_duration_seconds histogram")
    for h in HANDLERS[:8]:
        for m in ("GET", "POST"):
            acc = 0
            for bi, b in enumerate(BUCKETS):
                acc += (len(h) * 13 + bi * 31) % 97
                emit("http_server_request_duration_seconds_bucket",
                     'handler="%s",method="%s",le="%s"' % (h, m, b), acc)
            emit("http_server_request_duration_seconds_sum", 'handler="%s",method="%s"' % (h, m), value(n))
            emit("http_server_request_duration_seconds_count", 'handler="%s",method="%s"' % (h, m), acc)
    # 3. JVM memory gauges by pool and kind (8 x 4 = 32).
    lines.append("# HELP jvm_memory_pool_bytes Bytes of a JVM memory pool.")
    lines.append("# TYPE jvm_memory_pool_bytes gauge")
    for p in POOLS:
        for kind in ("used", "committed", "max", "init"):
            emit("jvm_memory_pool_bytes", 'pool="%s",kind="%s"' % (p, kind), float(int(value(n) * 1024)))
    # 4. Per-downstream client gauges and counters with UUID-like ids, filling up to 1,000 series.
    lines.append("# HELP downstream_client_connections Open connections to a downstream instance.")
    lines.append("# TYPE downstream_client_connections gauge")
    i = 0
    while n < 1000:
        uid = "%08x-%04x-4%03x-a%03x-%012x" % (i * 2654435761 % (1 << 32), i * 40503 % 65536, i % 4096,
                                                 i * 7 % 4096, i * 11400714819323198485 % (1 << 48))
        emit("downstream_client_connections",
             'downstream="inventory-service",instance_id="%s",zone="eu-west-1%s"' % (uid, "abc"[i % 3]),
             float(i % 17))
        i += 1
    assert n == 1000, n
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
