#!/usr/bin/env bash
# Builds the published library modules twice from clean and checks that their jars are identical
# byte for byte (project.build.outputTimestamp in pom.xml fixes entry times and the manifest).
# The shaded catalog.jar of catalog-examples is not published and not compared.
set -euo pipefail
cd "$(dirname "$0")/.."

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for run in 1 2; do
  mvn -B -q -DskipTests -Prelease clean package -pl catalog-core,catalog-jackson,catalog-jackson3 -am
  mkdir -p "$out/$run"
  # -javadoc jars are left out: javadoc output is not promised to be byte-stable across runs.
  for jar in catalog-core/target/catalog-core-*.jar catalog-jackson/target/catalog-jackson-*.jar \
      catalog-jackson3/target/catalog-jackson3-*.jar; do
    case "$jar" in *-javadoc.jar) continue ;; esac
    cp "$jar" "$out/$run/"
  done
  (cd "$out/$run" && sha256sum ./*.jar > ../sums-$run.txt)
done

count=$(wc -l < "$out/sums-1.txt")
if [ "$count" -lt 6 ]; then
  echo "reproducible: expected at least 6 jars, found $count" >&2
  cat "$out/sums-1.txt" >&2
  exit 1
fi
if ! diff -u "$out/sums-1.txt" "$out/sums-2.txt"; then
  echo "reproducible: two clean builds gave different jars" >&2
  exit 1
fi
echo "reproducible: $count jars identical in two clean builds"
sed 's/^/  /' "$out/sums-1.txt"
