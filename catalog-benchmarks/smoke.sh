#!/usr/bin/env bash
# Smoke mode for CI: one short measured iteration per benchmark, no warmup, one fork, at the
# smallest size, every layout, with the GC profiler. Builds nothing: run
# `mvn -B package -pl catalog-benchmarks -am` first. 20 forks: about a minute on a quiet 2-core
# machine, 2.5 minutes at load average 27. Proves the benchmarks compile and run; the times mean
# little (one cold iteration), the allocation per byte is reliable.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
[ -f "$jar" ] || { echo "missing $jar; build with: mvn -B package -pl catalog-benchmarks -am" >&2; exit 1; }
out="$here/target/jmh-smoke.json"
java -jar "$jar" -wi 0 -i 1 -r 1s -f 1 -jvmArgs "-Xms512m -Xmx1g" -p talks=1000 -prof gc \
  -rf json -rff "$out" "$@"
java -cp "$jar" io.github.talkcatalog.benchmarks.Report "$out"
