#!/usr/bin/env bash
# Checks that our parser reads the 100,000-talk synthetic catalog from its file under -Xmx320m
# (issue 8). Exit status 0 when it does. With --compare, also tries our parser under -Xmx256m and
# flexmark and commonmark-java (syntax tree only) under -Xmx320m and -Xmx256m; a run that is
# about to run out of memory spends minutes in GC first, so --compare takes 5-8 minutes on 2 cores.
# Builds nothing: run `mvn -B package -pl catalog-benchmarks -am` first.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
[ -f "$jar" ] || { echo "missing $jar; build with: mvn -B package -pl catalog-benchmarks -am" >&2; exit 1; }
dir="$here/target/catalogs"
file="$dir/synthetic-100000.md"
[ -f "$file" ] || java -cp "$jar" io.github.talkcatalog.benchmarks.GenerateCatalogs "$dir" 100000

run() { # heap parser
  if java -Xmx"$1" -XX:+UseSerialGC -cp "$jar" io.github.talkcatalog.benchmarks.ParseFile "$2" "$file" \
      > "$here/target/heap-$2-$1.log" 2>&1; then
    echo "-Xmx$1 $2: OK: $(head -1 "$here/target/heap-$2-$1.log")"
    return 0
  else
    echo "-Xmx$1 $2: FAILED: $(grep -m1 -E 'OutOfMemoryError|Exception' "$here/target/heap-$2-$1.log")"
    return 1
  fi
}

run 320m ours; status=$?
if [ "${1:-}" = "--compare" ]; then
  run 256m ours
  for parser in flexmark commonmark; do
    run 320m "$parser"
    run 256m "$parser"
  done
fi
exit $status
