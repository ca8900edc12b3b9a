#!/usr/bin/env bash
# The full run: every benchmark at every size with the annotated warmup (10 x 2 s, enough for
# flexmark to settle) and measurement (5 x 2 s), one fork, GC profiler. About 8-10 minutes on
# 2 cores. Not for CI. Builds nothing: run `mvn -B package -pl catalog-benchmarks -am` first.
# Extra arguments go to JMH, e.g. `./full.sh -p talks=10000 ParseBenchmarks`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
[ -f "$jar" ] || { echo "missing $jar; build with: mvn -B package -pl catalog-benchmarks -am" >&2; exit 1; }
out="$here/target/jmh-full.json"
java -jar "$jar" -prof gc -rf json -rff "$out" "$@"
java -cp "$jar" io.github.talkcatalog.benchmarks.Report "$out"
