#!/usr/bin/env bash
# Parse+format throughput (JMH) and the whole-process time of `jalloy fmt` on the large config.
# Usage: bench/syntax/run.sh   (from the repository root; needs ../shared)
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="$(cd ../shared && pwd)"
./mvnw -q -B -DskipTests package
java="$(bin/find-java)"
mkdir -p bench/out
"$java" -cp bench/target/benchmarks.jar io.jalloy.bench.LargeConfig "$shared" bench/out/large.alloy
size=$(stat -c %s bench/out/large.alloy)
"$java" -jar bench/target/benchmarks.jar ParseFormatBenchmark -p shared="$shared" -rf json -rff bench/out/parse-format.json | tee bench/out/parse-format.txt
python3 - "$size" bench/out/parse-format.json <<'PY'
import json, sys
size = int(sys.argv[1])
for r in json.load(open(sys.argv[2])):
    ms = r["primaryMetric"]["score"]
    print(f'{r["benchmark"].rsplit(".",1)[1]:16s} {ms:8.1f} ms/op  {size/1e6/(ms/1000):7.1f} MB/s')
PY
echo "whole process: jalloy fmt bench/out/large.alloy (5 runs)"
for i in 1 2 3 4 5; do
  /usr/bin/time -f "%e s wall, %M KiB max RSS" bin/jalloy fmt bench/out/large.alloy > /dev/null
done
