#!/usr/bin/env bash
# Start-up, reload and idle-memory figures of `jalloy run`:
#   - time from process start to /-/ready answering 200, for the quickstart and a 50-component config
#   - time of POST /-/reload with an unchanged config
#   - RSS of the quickstart after it has idled 20 s
# Usage: bench/runtime/run.sh   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -DskipTests package -pl jalloy-cli -am
out=bench/out/runtime; rm -rf "$out"; mkdir -p "$out"
port=12399

# 50 components: 10 chains of local.file -> discovery.relabel x3 -> discovery.relabel, all local.
cfg="$out/fifty.alloy"; echo "hello" > "$out/input.txt"; : > "$cfg"
for i in $(seq 1 10); do
  cat >> "$cfg" <<CFG
local.file "f$i" {
  filename = "$(pwd)/$out/input.txt"
}

discovery.relabel "a$i" {
  targets = [{"__address__" = "host$i:9100", "content" = local.file.f$i.content}]
  rule {
    source_labels = ["__address__"]
    target_label  = "instance"
  }
}

discovery.relabel "b$i" {
  targets = discovery.relabel.a$i.output
  rule {
    target_label = "env"
    replacement  = "bench"
  }
}

discovery.relabel "c$i" {
  targets = discovery.relabel.b$i.output
  rule {
    source_labels = ["instance"]
    regex         = "host(.*):.*"
    target_label  = "n"
  }
}

discovery.relabel "d$i" {
  targets = discovery.relabel.c$i.output
  rule {
    action = "labeldrop"
    regex  = "content"
  }
}

CFG
done

now_ms() { date +%s%3N; }

start_to_ready() { # config name -> sets $ms (start to ready) and $pid
  local config="$1" name="$2"
  local t0; t0=$(now_ms)
  bin/jalloy run "$config" --server.http.listen-addr=127.0.0.1:$port --storage.path="$out/data-$name" \
    > "$out/$name.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$port/-/ready" >/dev/null 2>&1; then
      ms=$(( $(now_ms) - t0 )); return 0
    fi
    sleep 0.02
  done
  echo "not ready after 12 s, see $out/$name.log" >&2; kill "$pid"; return 1
}

stop() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }

for run in 1 2 3; do
  start_to_ready examples/quickstart.alloy quickstart; q=$ms; stop
  start_to_ready "$cfg" fifty; f=$ms
  r0=$(now_ms); curl -fs -XPOST "http://127.0.0.1:$port/-/reload" >/dev/null; r=$(( $(now_ms) - r0 ))
  stop
  echo "run $run: quickstart start->ready ${q} ms; 50 components start->ready ${f} ms; unchanged reload ${r} ms"
done

start_to_ready examples/quickstart.alloy quickstart
sleep 20
rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
stop
echo "quickstart idle RSS after 20 s: $((rss / 1024)) MiB (${rss} KiB)"
