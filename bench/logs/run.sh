#!/usr/bin/env bash
# Issue 4, acceptance point 5: shipping a 512 MiB file of ~200-byte logfmt lines from offset 0 to
# a loopback receiver that discards (nginx answering 204 to every POST), in one run:
#   1. Jalloy:    local.file_match -> loki.source.file -> loki.write
#   2. Jalloy:    the same with loki.process { stage.logfmt + stage.labels (level) } in between
#   3. syslog-ng: wildcard-file source (no parsing) -> http destination with batching
# For each: MiB/s wall, MiB per CPU-second of the shipper process, peak RSS (VmHWM).
#
# Start-up is excluded the same way for every shipper: it is started on an empty directory, and
# once it answers (Jalloy: /-/ready; syslog-ng: its control socket) and has idled 2 s, the input is
# hard-linked into that directory. Wall time and the process's utime+stime (/proc/<pid>/stat) are
# taken from that moment until every line has been acknowledged by the receiver: Jalloy's
# loki_write_sent_entries_total (entries in 2xx-answered pushes) or syslog-ng's dst.http written
# counter reaching the file's line count (polled once before the input appears, then every
# second until 85 % is through, then every 100 ms).
#
# Usage: bench/logs/run.sh            (from anywhere; builds jalloy-cli first)
#   BENCH_LOGS_MIB=64 bench/logs/run.sh    a smaller input for a quick check
#   BENCH_LOGS_ONLY="jalloy-raw"           run only the named cases (jalloy-raw jalloy-stages syslog-ng)
#   BENCH_LOGS_REPEAT=3                    run the cases three times, interleaved (one table row each)
#   BENCH_LOGS_NO_BUILD=1                  skip the Maven build
# Writes bench/out/logs/results.md and replaces the issue-4 section of bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
out="$root/bench/out/logs"
mib="${BENCH_LOGS_MIB:-512}"
only="${BENCH_LOGS_ONLY:-jalloy-raw jalloy-stages syslog-ng}"
repeat="${BENCH_LOGS_REPEAT:-1}"
nginx_port=12480
jalloy_port=12481
command_line="${BENCH_LOGS_MIB:+BENCH_LOGS_MIB=$mib }${BENCH_LOGS_REPEAT:+BENCH_LOGS_REPEAT=$repeat }bench/logs/run.sh"

# ---- peers: command -> Debian package, installed when missing (as .ci/run does) ----
peers=("nginx:nginx" "syslog-ng:syslog-ng-core" "/usr/lib/syslog-ng/3.38/libhttp.so:syslog-ng-mod-http" "curl:curl")
missing=()
for entry in "${peers[@]}"; do
  cmd="${entry%%:*}" pkg="${entry#*:}"
  if [[ "$cmd" == /* ]]; then
    ls /usr/lib/syslog-ng/*/libhttp.so >/dev/null 2>&1 || missing+=("$pkg")
  else
    command -v "$cmd" >/dev/null 2>&1 || [ -x "/usr/sbin/$cmd" ] || missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "bench: installing ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
  # The packages start system services; this bench runs its own instances on loopback.
  if command -v systemctl >/dev/null 2>&1; then
    $sudo_cmd systemctl stop nginx syslog-ng 2>/dev/null || true
  fi
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
syslogng_bin="$(command -v syslog-ng || echo /usr/sbin/syslog-ng)"
syslogngctl_bin="$(command -v syslog-ng-ctl || echo /usr/sbin/syslog-ng-ctl)"

if [ -z "${BENCH_LOGS_NO_BUILD:-}" ]; then
  ./mvnw -q -B -DskipTests package -pl jalloy-cli -am
fi

# ---- input: deterministic, cached ----
mkdir -p "$out/cache"
input="$out/cache/logfmt-${mib}MiB.log"
if [ ! -s "$input" ] || [ ! -s "$input.lines" ]; then
  echo "bench: generating $input"
  awk -v bytes=$((mib * 1024 * 1024)) -f bench/logs/gen-logfmt.awk > "$input.tmp" 2> "$input.lines.tmp"
  mv "$input.tmp" "$input"; mv "$input.lines.tmp" "$input.lines"
fi
input_bytes=$(stat -c %s "$input")
input_lines=$(cat "$input.lines")
input_mib=$(awk -v b="$input_bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "bench: input $input: $input_bytes bytes, $input_lines lines"

# ---- helpers ----
clk_tck=$(getconf CLK_TCK)
now_ns() { date +%s%N; }
cpu_ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; } # utime + stime (after the comm field)
peak_rss_kib() { awk '/^VmHWM/ { print $2 }' "/proc/$1/status"; }
thread_ticks() { # "ticks thread-name-with-id" per thread
  for t in /proc/"$1"/task/*; do
    printf '%s %s#%s\n' "$(sed 's/^.*) //' "$t/stat" | awk '{ print $12 + $13 }')" "$(tr ' ' _ < "$t/comm")" "${t##*/}"
  done 2>/dev/null
}
stop_pid() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  if [ -f "$out/nginx/nginx.pid" ]; then kill "$(cat "$out/nginx/nginx.pid" 2>/dev/null)" 2>/dev/null || true; fi
}
trap cleanup EXIT

# ---- the receiver: nginx on loopback, reading each body into memory and answering 204 ----
start_nginx() {
  local d="$out/nginx"
  rm -rf "$d"; mkdir -p "$d/tmp"
  cat > "$d/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $d/nginx.pid;
error_log $d/error.log warn;
events { worker_connections 256; }
http {
  client_body_temp_path $d/tmp/body;
  proxy_temp_path $d/tmp/proxy;
  fastcgi_temp_path $d/tmp/fastcgi;
  uwsgi_temp_path $d/tmp/uwsgi;
  scgi_temp_path $d/tmp/scgi;
  log_format bytes '\$request_length \$status';
  access_log $d/access.log bytes buffer=64k flush=1s;
  keepalive_requests 1000000;
  keepalive_timeout 120s;
  server {
    listen 127.0.0.1:$nginx_port;
    client_max_body_size 256m;
    client_body_buffer_size 64m;
    location / { return 204; }
  }
}
CONF
  "$nginx_bin" -p "$d" -c "$d/nginx.conf" -e "$d/error.log" &
  nginx_pid=$!
  pids+=("$nginx_pid")
  for _ in $(seq 1 100); do
    if curl -s -o /dev/null -X POST --data x "http://127.0.0.1:$nginx_port/"; then return 0; fi
    sleep 0.05
  done
  echo "nginx did not start, see $d/error.log" >&2; exit 1
}

# Measures one shipper. $1 name, $2 pid, $3 the watched directory, $4 a command printing the
# count of acknowledged lines. Sets: wall_s cpu_s rss_kib load.
measure() {
  local name="$1" pid="$2" dir="$3" count_cmd="$4"
  $count_cmd >/dev/null 2>&1 || true # the first poll (class loading of the metrics path) is start-up
  sleep 2
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  local c0 t0 c1 t1 done_lines=0
  thread_ticks "$pid" > "$dir/../threads-start.txt"
  c0=$(cpu_ticks "$pid"); t0=$(now_ns)
  ln "$input" "$dir/input.log"
  local deadline=$(( $(date +%s) + 900 ))
  while true; do
    done_lines=$($count_cmd 2>/dev/null || echo 0)
    if [ "${done_lines:-0}" -ge "$input_lines" ]; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "$name: process died" >&2; exit 1; fi
    if [ "$(date +%s)" -gt "$deadline" ]; then echo "$name: not finished after 900 s ($done_lines of $input_lines lines)" >&2; exit 1; fi
    # Each poll costs the shipper CPU (for Jalloy a /metrics scrape), which is counted: poll once
    # a second until 85 % of the lines are through, then every 100 ms for a precise end time.
    if [ "${done_lines:-0}" -lt $((input_lines * 85 / 100)) ]; then sleep 1; else sleep 0.1; fi
  done
  t1=$(now_ns); c1=$(cpu_ticks "$pid")
  thread_ticks "$pid" > "$dir/../threads-end.txt"
  # Per-thread CPU of the measured interval (threads that ended meanwhile are missing), to see where it goes.
  awk 'NR == FNR { before[$2] = $1; next } { printf "%6.2f %s\n", ($1 - before[$2]) / '"$clk_tck"', $2 }' \
    "$dir/../threads-start.txt" "$dir/../threads-end.txt" | sort -rn | head -20 > "$dir/../threads.txt" || true
  rss_kib=$(peak_rss_kib "$pid")
  grep -E '^(VmHWM|VmRSS|RssAnon|RssFile|RssShmem)' "/proc/$pid/status" > "$dir/../memory.txt" 2>/dev/null || true
  wall_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
  cpu_s=$(awk -v a="$c0" -v b="$c1" -v t="$clk_tck" 'BEGIN { printf "%.2f", (b - a) / t }')
  load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-14s %8.1f MiB/s wall  %8.1f MiB/CPU-s  %6.1f MiB peak RSS  (%s s wall, %s CPU-s, load %s -> %s)\n' "$name" \
    "$(awk -v m="$input_mib" -v w="$wall_s" 'BEGIN { print m / w }')" \
    "$(awk -v m="$input_mib" -v c="$cpu_s" 'BEGIN { print (c > 0 ? m / c : 0) }')" \
    "$(awk -v k="$rss_kib" 'BEGIN { print k / 1024 }')" "$wall_s" "$cpu_s" "$load" "$load_after"
  rows+=("$(printf '| %s | %.1f | %.1f | %.1f | %s | %s | %s → %s |' "$name" \
    "$(awk -v m="$input_mib" -v w="$wall_s" 'BEGIN { print m / w }')" \
    "$(awk -v m="$input_mib" -v c="$cpu_s" 'BEGIN { print (c > 0 ? m / c : 0) }')" \
    "$(awk -v k="$rss_kib" 'BEGIN { print k / 1024 }')" "$wall_s" "$cpu_s" "$load" "$load_after")")
}

jalloy_sent() {
  curl -fs "http://127.0.0.1:$jalloy_port/metrics" | awk '/^loki_write_sent_entries_total/ { s += $NF } END { printf "%d\n", s }'
}

# $1 case name, $2 "raw" or "stages"
run_jalloy() {
  local name="$1" mode="$2" d="$out/$1"
  rm -rf "$d"; mkdir -p "$d/in" "$d/data"
  local receiver="loki.write.nginx.receiver"
  [ "$mode" = stages ] && receiver="loki.process.level.receiver"
  cat > "$d/config.alloy" <<CFG
local.file_match "bench" {
  path_targets = [{"__path__" = "$d/in/*.log", "job" = "bench"}]
  sync_period  = "100ms"
}

loki.source.file "bench" {
  targets    = local.file_match.bench.targets
  forward_to = [$receiver]
}
CFG
  if [ "$mode" = stages ]; then
    cat >> "$d/config.alloy" <<CFG

loki.process "level" {
  forward_to = [loki.write.nginx.receiver]

  stage.logfmt {
    mapping = { level = "" }
  }

  stage.labels {
    values = { level = "" }
  }
}
CFG
  fi
  cat >> "$d/config.alloy" <<CFG

loki.write "nginx" {
  endpoint {
    url = "http://127.0.0.1:$nginx_port/loki/api/v1/push"
  }
}
CFG
  bin/jalloy run "$d/config.alloy" --server.http.listen-addr=127.0.0.1:$jalloy_port --storage.path="$d/data" \
    > "$d/jalloy.log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$jalloy_port/-/ready" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { echo "jalloy exited, see $d/jalloy.log" >&2; exit 1; }
    sleep 0.05
  done
  measure "$name" "$pid" "$d/in" jalloy_sent
  curl -fs "http://127.0.0.1:$jalloy_port/metrics" > "$d/metrics.txt" || true
  # Profiling aid: with JALLOY_JAVA_OPTS=-XX:StartFlightRecording, dump the recording to $d/jalloy.jfr.
  if [[ "${JALLOY_JAVA_OPTS:-}" == *NativeMemoryTracking* ]]; then
    "$(bin/find-java | sed 's|/java$||')/jcmd" "$pid" VM.native_memory summary > "$d/nmt.txt" || true
  fi
  if [[ "${JALLOY_JAVA_OPTS:-}" == *StartFlightRecording* ]]; then
    "$(bin/find-java | sed 's|/java$||')/jcmd" "$pid" JFR.dump filename="$d/jalloy.jfr" >/dev/null || true
  fi
  stop_pid "$pid"
}

syslogng_written() {
  "$syslogngctl_bin" stats -c "$out/syslog-ng/ctl" | awk -F';' '$1 ~ /^dst\.http/ && $5 == "written" { s += $6 } END { printf "%d\n", s }'
}

run_syslogng() {
  local d="$out/syslog-ng"
  rm -rf "$d"; mkdir -p "$d/in"
  cat > "$d/syslog-ng.conf" <<CONF
@version: 3.38
options {
  stats-level(0);
  threaded(yes);
  log-msg-size(65536);
  use-dns(no);
  use-fqdn(no);
  chain-hostnames(no);
  keep-hostname(yes);
};

source s_file {
  wildcard-file(
    base-dir("$d/in")
    filename-pattern("*.log")
    recursive(no)
    flags(no-parse)
    max-files(1)
    follow-freq(0.1)
    log-iw-size(20000)
    log-fetch-limit(1000)
  );
};

destination d_http {
  http(
    url("http://127.0.0.1:$nginx_port/")
    method("POST")
    body("\${MESSAGE}")
    batch-lines(5000)
    batch-bytes(1048576)
    batch-timeout(1000)
    workers(2)
    log-fifo-size(100000)
  );
};

log { source(s_file); destination(d_http); flags(flow-control); };
CONF
  "$syslogng_bin" -F --no-caps -f "$d/syslog-ng.conf" -R "$d/persist" -p "$d/pid" -c "$d/ctl" \
    > "$d/syslog-ng.log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  for _ in $(seq 1 200); do
    "$syslogngctl_bin" stats -c "$d/ctl" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { echo "syslog-ng exited, see $d/syslog-ng.log" >&2; exit 1; }
    sleep 0.05
  done
  measure syslog-ng "$pid" "$d/in" syslogng_written
  "$syslogngctl_bin" stats -c "$d/ctl" > "$d/stats.txt" 2>&1 || true
  stop_pid "$pid"
}

# ---- run ----
rows=()
date_utc="$(date -u '+%Y-%m-%d %H:%M UTC')"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
start_nginx
for round in $(seq 1 "$repeat"); do
  for c in $only; do
    case "$c" in
      jalloy-raw) run_jalloy jalloy-raw raw ;;
      jalloy-stages) run_jalloy jalloy-stages stages ;;
      syslog-ng) run_syslogng ;;
      *) echo "unknown case $c" >&2; exit 2 ;;
    esac
  done
done
sleep 1.2 # nginx flushes its access log every second
nginx_requests=$(wc -l < "$out/nginx/access.log" 2>/dev/null || echo 0)

{
  echo "Command: \`$command_line\`, measured $date_utc on $(nproc) cores, load average at start $load_start"
  echo "(JALLOY_JAVA_OPTS=${JALLOY_JAVA_OPTS:-none}). Input: $input_mib MiB, $input_lines lines. nginx logged $nginx_requests requests."
  echo
  echo "| shipper | MiB/s wall | MiB per CPU-s | peak RSS MiB | wall s | CPU-s | load avg (1/5/15 min) before → after |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo "| *issue reference: syslog-ng* | *~126* | *~116* | *34* | | | |"
  echo "| *goal for Jalloy* | *≥ 130* | *≥ 160 raw, ≥ 65 with stages* | *≤ 64* | | | |"
} > "$out/results.md"
echo
cat "$out/results.md"

# Replace the generated block inside bench/RESULTS.md (between the markers) when it is there.
if grep -q '<!-- logs-bench:begin -->' bench/RESULTS.md; then
  awk -v f="$out/results.md" '
    /<!-- logs-bench:begin -->/ { print; while ((getline l < f) > 0) print l; skip = 1; next }
    /<!-- logs-bench:end -->/ { skip = 0 }
    !skip { print }' bench/RESULTS.md > bench/RESULTS.md.tmp && mv bench/RESULTS.md.tmp bench/RESULTS.md
fi
