# Deterministic logfmt lines of ~200 bytes until the output reaches `bytes` (an awk -v variable).
# Counter arithmetic only (no rand()), so every run writes the same file byte for byte.
BEGIN {
  split("info info info info info info debug debug warn error", lv, " ")
  split("GET GET GET POST PUT DELETE", mt, " ")
  split("items orders users carts sessions invoices", rs, " ")
  split("request served|cache miss, fetching from origin|slow upstream response|user session refreshed|payment authorised", ms, "|")
  split("server.go:118 handler.go:204 cache.go:77 upstream.go:341 auth.go:59", cl, " ")
  split("200 200 200 200 201 204 304 400 404 500", st, " ")
  total = 0; n = 0
  while (total < bytes) {
    s = n % 3600; h = int(n / 3600) % 24
    line = sprintf("ts=2026-11-24T%02d:%02d:%02d.%03dZ level=%s caller=%s msg=\"%s\" method=%s path=/api/v1/%s/%d status=%s duration=%d.%03dms bytes=%d trace_id=%08x%08x user=u%05d",
      h, int(s / 60), s % 60, (n * 7) % 1000, lv[n % 10 + 1], cl[n % 5 + 1], ms[n % 5 + 1], mt[n % 6 + 1],
      rs[n % 6 + 1], (n * 7919) % 1000003, st[(n * 3) % 10 + 1], (n * 31) % 997, (n * 13) % 1000,
      (n * 104729) % 65521, (n * 2654435761) % 4294967291, (n * 40503) % 2147483647, n % 99991)
    if (total + length(line) + 1 > bytes) break
    print line
    total += length(line) + 1; n++
  }
  print n > "/dev/stderr"
}
