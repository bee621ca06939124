#!/usr/bin/env bash
# Issue 5, acceptance point 5: Jalloy vs Prometheus agent mode vs vmagent, same targets, same
# receiver, one run. One nginx serves a fixed 1,000-series exposition (bench/metrics/gen_exposition.py)
# on N loopback ports (N = 100 and 500 targets = 100k and 500k series) and answers remote-write
# POSTs with 204 on another port. Each agent runs alone in turn: warm-up, then a measuring window.
#
# Usage (from the repository root): bench/metrics/run.sh
# Environment (defaults in brackets; a quick run: INTERVAL=5 WARMUP=2 WINDOW=2 SIZES=100):
#   SIZES      targets per round, 1,000 series each            [100 500]
#   AGENTS     agents to run, in order                         [jalloy prometheus vmagent]
#   INTERVAL   scrape interval in seconds                      [15]
#   WARMUP     intervals before the window                     [2]
#   WINDOW     intervals measured                              [4]
#   IDLE_SECS  seconds each agent idles with no targets        [10]
#   BASE_PORT  first target port (targets use BASE_PORT..+N-1) [23100]
#   JALLOY_JAVA_OPTS  JVM flags for Jalloy                     [see below]
# Prints a table and appends nothing by itself: the table is also written to bench/out/metrics/table.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
here="$root/bench/metrics"

SIZES="${SIZES:-100 500}"
AGENTS="${AGENTS:-jalloy prometheus vmagent}"
INTERVAL="${INTERVAL:-15}"
WARMUP="${WARMUP:-2}"
WINDOW="${WINDOW:-4}"
IDLE_SECS="${IDLE_SECS:-10}"
BASE_PORT="${BASE_PORT:-23100}"
RECV_PORT="${RECV_PORT:-23090}"
AGENT_PORT="${AGENT_PORT:-23091}"
# Jalloy runs with bin/jalloy's own JVM defaults (what a user gets: serial GC, a 40 MiB young
# generation with 10 MiB survivor spaces, a heap that shrinks at once after the HeapGovernor's full
# collections). Set JALLOY_JAVA_OPTS to experiment.
export JALLOY_JAVA_OPTS="${JALLOY_JAVA_OPTS:-}"

# --- peers: command -> Debian package (installed only when missing) ---
missing=()
for entry in nginx:nginx prometheus:prometheus vmagent:victoria-metrics python3:python3; do
  cmd="${entry%%:*}" pkg="${entry#*:}"
  command -v "$cmd" >/dev/null 2>&1 || [ -x "/usr/sbin/$cmd" ] || [ -x "/usr/bin/$cmd" ] || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "bench: installing ${missing[*]}" >&2
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
  # The packages start system services; this bench runs its own processes on loopback only.
  if command -v systemctl >/dev/null 2>&1; then
    for svc in nginx prometheus victoria-metrics; do $sudo_cmd systemctl stop "$svc" 2>/dev/null || true; done
  fi
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
PROMETHEUS="$(command -v prometheus || echo /usr/bin/prometheus)"
VMAGENT="$(command -v vmagent || echo /usr/bin/vmagent)"

# --- build Jalloy (package only; never install) ---
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -B -o -DskipTests package -pl jalloy-cli -am 2>/dev/null || ./mvnw -q -B -DskipTests package -pl jalloy-cli -am
fi

out="$root/bench/out/metrics"
rm -rf "$out"; mkdir -p "$out/nginx/logs" "$out/nginx/temp"
python3 "$here/gen_exposition.py" "$out/metrics.prom"
max_targets=0
for n in $SIZES; do [ "$n" -gt "$max_targets" ] && max_targets=$n; done

# --- one nginx: every target port + the discarding receiver ---
conf="$out/nginx/nginx.conf"
{
  echo "worker_processes 1;"
  [ "$(id -u)" -eq 0 ] && echo "user root;"
  echo "worker_rlimit_nofile 16384;"
  echo "pid $out/nginx/nginx.pid;"
  echo "error_log $out/nginx/logs/error.log warn;"
  echo "events { worker_connections 8192; }"
  echo "http {"
  echo "  client_body_temp_path $out/nginx/temp/body; proxy_temp_path $out/nginx/temp/proxy;"
  echo "  fastcgi_temp_path $out/nginx/temp/fastcgi; uwsgi_temp_path $out/nginx/temp/uwsgi; scgi_temp_path $out/nginx/temp/scgi;"
  echo "  keepalive_requests 1000000; keepalive_timeout 120s;"
  echo "  log_format scrape '\$msec \$server_port \$status \$bytes_sent';"
  echo "  log_format rw '\$msec \$status \$content_length \$request_length';"
  echo "  server {"
  for ((i = 0; i < max_targets; i++)); do echo "    listen 127.0.0.1:$((BASE_PORT + i));"; done
  echo "    access_log $out/nginx/logs/targets.log scrape buffer=64k flush=1s;"
  echo "    location = /metrics { types { } default_type \"text/plain; version=0.0.4; charset=utf-8\"; alias $out/metrics.prom; }"
  echo "  }"
  echo "  server {"
  echo "    listen 127.0.0.1:$RECV_PORT;"
  echo "    access_log $out/nginx/logs/receiver.log rw buffer=64k flush=1s;"
  echo "    client_max_body_size 512m; client_body_buffer_size 1m;"
  # return discards the body: nginx reads it off the socket before the connection is reused.
  echo "    location / { return 204; }"
  echo "  }"
  echo "}"
} > "$conf"
"$NGINX" -p "$out/nginx" -c "$conf" -g 'daemon off;' &
nginx_pid=$!
agent_pid=""
cleanup() {
  [ -n "$agent_pid" ] && kill "$agent_pid" 2>/dev/null && wait "$agent_pid" 2>/dev/null
  kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$BASE_PORT/metrics" && break; sleep 0.1; done
curl -fs -o /dev/null "http://127.0.0.1:$((BASE_PORT + max_targets - 1))/metrics" || { echo "nginx did not start" >&2; exit 1; }

# --- agent configs ---
write_configs() { # targets name_suffix
  local n="$1" d="$out/cfg-$1"; mkdir -p "$d"
  {
    echo 'prometheus.scrape "bench" {'
    echo '  job_name        = "bench"'
    echo "  scrape_interval = \"${INTERVAL}s\""
    echo "  scrape_timeout  = \"$((INTERVAL < 10 ? INTERVAL : 10))s\""
    echo '  forward_to      = [prometheus.remote_write.bench.receiver]'
    echo '  targets = ['
    for ((i = 0; i < n; i++)); do echo "    {\"__address__\" = \"127.0.0.1:$((BASE_PORT + i))\"},"; done
    echo '  ]'
    echo '}'
    echo 'prometheus.remote_write "bench" {'
    echo "  endpoint { url = \"http://127.0.0.1:$RECV_PORT/api/v1/write\" }"
    echo '}'
  } > "$d/jalloy.alloy"
  { # vmagent reads only the scrape part; Prometheus gets remote_write in the same file
    echo "global: { scrape_interval: ${INTERVAL}s, scrape_timeout: $((INTERVAL < 10 ? INTERVAL : 10))s }"
    if [ "$n" -eq 0 ]; then
      echo "scrape_configs: []"
    else
      echo "scrape_configs:"
      echo "  - job_name: bench"
      echo "    static_configs:"
      echo "      - targets:"
      for ((i = 0; i < n; i++)); do echo "          - 127.0.0.1:$((BASE_PORT + i))"; done
    fi
  } > "$d/vm.yml"
  { cat "$d/vm.yml"; echo "remote_write:"; echo "  - url: http://127.0.0.1:$RECV_PORT/api/v1/write"; } > "$d/prom.yml"
}

start_agent() { # agent targets
  local agent="$1" n="$2" d="$out/cfg-$2" data="$out/data-$1-$2"
  rm -rf "$data"; mkdir -p "$data"
  case "$agent" in
    jalloy)
      bin/jalloy run "$d/jalloy.alloy" --server.http.listen-addr="127.0.0.1:$AGENT_PORT" \
        --storage.path="$data" > "$out/$agent-$n.log" 2>&1 & ;;
    prometheus)
      "$PROMETHEUS" --enable-feature=agent --config.file="$d/prom.yml" --storage.agent.path="$data" \
        --web.listen-address="127.0.0.1:$AGENT_PORT" > "$out/$agent-$n.log" 2>&1 & ;;
    vmagent)
      "$VMAGENT" -promscrape.config="$d/vm.yml" -remoteWrite.url="http://127.0.0.1:$RECV_PORT/api/v1/write" \
        -remoteWrite.tmpDataPath="$data" -httpListenAddr="127.0.0.1:$AGENT_PORT" > "$out/$agent-$n.log" 2>&1 & ;;
  esac
  agent_pid=$!
  for _ in $(seq 1 300); do
    curl -fs -o /dev/null "http://127.0.0.1:$AGENT_PORT/metrics" && return 0
    kill -0 "$agent_pid" 2>/dev/null || { echo "$agent exited, see $out/$agent-$n.log" >&2; return 1; }
    sleep 0.1
  done
  echo "$agent did not answer /metrics within 30 s" >&2; return 1
}

stop_agent() {
  kill "$agent_pid" 2>/dev/null || true
  for _ in $(seq 1 150); do kill -0 "$agent_pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$agent_pid" 2>/dev/null || true
  wait "$agent_pid" 2>/dev/null || true
  agent_pid=""
}

rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
hwm_kib() { awk '/^VmHWM/ {print $2}' "/proc/$1/status"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # utime + stime (pid's comm has no spaces here)
# utime + stime of the JIT compiler threads (JVM only; 0 for Go agents): cost that fades as the JVM warms.
jit_ticks() { cat /proc/"$1"/task/*/stat 2>/dev/null | awk '/\((C1|C2) CompilerThre/ {n = NF; s += $(n - 38) + $(n - 37)} END {print s + 0}'; }
load1() { cut -d' ' -f1 /proc/loadavg; }
now() { date +%s.%N; }

# Samples the agent sent, from its own counters (sum over all series of the metric).
sent_samples() { # agent
  local m
  case "$1" in
    jalloy|prometheus) m='^prometheus_remote_storage_samples_total' ;;
    vmagent) m='^vmagent_remotewrite_block_size_rows_sum' ;;
  esac
  curl -fs "http://127.0.0.1:$AGENT_PORT/metrics" | awk -v m="$m" '$0 ~ m {s += $NF} END {printf "%.0f\n", s}'
}

# Lines of an nginx log with $msec in [t0, t1): count, and the sum of a column.
log_between() { # file t0 t1 status-column status sum-column
  awk -v a="$2" -v b="$3" -v sc="$4" -v st="$5" -v c="$6" '$1 >= a && $1 < b && $sc == st {n++; s += $c} END {printf "%d %.0f\n", n, s}' "$1"
}

started="$(date -u '+%Y-%m-%d %H:%M UTC')"
results="$out/results.tsv"
: > "$results"
HZ=$(getconf CLK_TCK)

# --- idle RSS: each agent with no targets ---
write_configs 0
declare -A idle
for agent in $AGENTS; do
  start_agent "$agent" 0
  sleep "$IDLE_SECS"
  idle[$agent]=$(rss_kib "$agent_pid")
  echo "idle $agent: $((idle[$agent] / 1024)) MiB (load $(load1))" >&2
  stop_agent
done

# --- the rounds ---
for n in $SIZES; do
  write_configs "$n"
  series=$((n * 1000))
  for agent in $AGENTS; do
    echo "== $agent, $n targets ($series series): warm-up $((WARMUP * INTERVAL)) s, window $((WINDOW * INTERVAL)) s" >&2
    start_agent "$agent" "$n"
    sleep $((WARMUP * INTERVAL))
    sleep 1.5 # let the access logs flush (flush=1s) before reading counts at the window's edges
    t0=$(now); c0=$(cpu_ticks "$agent_pid"); j0=$(jit_ticks "$agent_pid"); s0=$(sent_samples "$agent")
    rss_sum=0; rss_n=0; rss_max=0
    end=$(echo "$t0 + $WINDOW * $INTERVAL" | bc)
    while [ "$(echo "$(now) < $end" | bc)" = 1 ]; do
      r=$(rss_kib "$agent_pid"); rss_sum=$((rss_sum + r)); rss_n=$((rss_n + 1))
      [ "$r" -gt "$rss_max" ] && rss_max=$r
      sleep 1
    done
    t1=$(now); c1=$(cpu_ticks "$agent_pid"); j1=$(jit_ticks "$agent_pid"); s1=$(sent_samples "$agent")
    hwm=$(hwm_kib "$agent_pid"); load=$(load1)
    rss_avg=$((rss_sum / rss_n))
    sleep 1.5
    read -r scrapes scrape_bytes < <(log_between "$out/nginx/logs/targets.log" "$t0" "$t1" 3 200 4)
    read -r posts post_bytes < <(log_between "$out/nginx/logs/receiver.log" "$t0" "$t1" 2 204 3)
    stop_agent
    samples=$((scrapes * 1000))
    sent=$((s1 - s0))
    expected=$((n * WINDOW))
    status=ok
    if [ "$scrapes" -lt $((expected * 95 / 100)) ]; then status="INCOMPLETE: $scrapes of $expected scrapes"; fi
    if [ "$posts" -eq 0 ] || [ "$sent" -lt $((samples * 90 / 100)) ]; then status="INCOMPLETE: sent $sent of $samples samples"; fi
    cpu=$(echo "scale=3; ($c1 - $c0) / $HZ" | bc)
    jit=$(echo "scale=3; ($j1 - $j0) / $HZ" | bc)
    printf '%s\t%d\t%d\t%d\t%d\t%d\t%s\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t%s\n' "$agent" "$n" "$series" "${idle[$agent]}" \
      "$rss_avg" "$rss_max" "$hwm" "$scrapes" "$samples" "$sent" "$post_bytes" "$cpu" "$load" "$status" "$jit" >> "$results"
    echo "   rss avg $((rss_avg / 1024)) MiB, max $((rss_max / 1024)) MiB, peak $((hwm / 1024)) MiB; cpu ${cpu} s (JIT ${jit} s);" \
      "scrapes $scrapes/$expected; sent $sent; receiver $posts POSTs $post_bytes B; load $load; $status" >&2
  done
done

# --- the table ---
table="$out/table.md"
{
  echo "| agent | series | idle RSS MiB | steady RSS MiB (max) | peak RSS MiB | KiB RSS / series | CPU-s / M samples | of which JIT | samples in window (sent) | load 1m | status |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  while IFS=$'\t' read -r agent n series idle_k avg mx hwm scrapes samples sent bytes cpu load status jit; do
    kib=$(echo "scale=2; $avg / $series" | bc)
    cps=$(if [ "$samples" -gt 0 ]; then echo "scale=2; $cpu * 1000000 / $samples" | bc; else echo "-"; fi)
    jps=$(if [ "$samples" -gt 0 ]; then echo "scale=2; $jit * 1000000 / $samples" | bc; else echo "-"; fi)
    if [ "$status" != ok ]; then kib="($kib)"; cps="($cps)"; fi
    printf '| %s | %dk | %d | %d (%d) | %d | %s | %s | %s | %d (%d) | %s | %s |\n' "$agent" "$((series / 1000))" \
      "$((idle_k / 1024))" "$((avg / 1024))" "$((mx / 1024))" "$((hwm / 1024))" "$kib" "$cps" "$jps" "$samples" "$sent" "$load" "$status"
  done < "$results"
} > "$table"
echo
echo "bench/metrics/run.sh started $started, interval ${INTERVAL}s, warm-up ${WARMUP}, window ${WINDOW} intervals"
echo "JALLOY_JAVA_OPTS=$JALLOY_JAVA_OPTS"
cat "$table"
