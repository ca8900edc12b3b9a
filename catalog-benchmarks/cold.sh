#!/usr/bin/env bash
# Cold start, as a person meets it: whole processes on the bundled catalog (20 KB), interleaved
# (one run of each command per round, the order rotating each round) so that a change in machine
# load hits every command alike; prints the median and the ratio to commonmark-java's.
#   1. java -jar catalog.jar parse FILE           (the JDK's default CDS archive)
#   2. bin/catalog parse FILE                     (the launcher, with its dynamic CDS archive)
#   3. CommonmarkHeadings FILE                    (ten lines of commonmark-java 0.32.0, default CDS)
#   4. an empty main                              (the JVM's own start-up)
# Builds nothing: run `mvn -B -DskipTests package` first. Usage: cold.sh [ROUNDS] (default 9).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
rounds="${1:-9}"
file="$root/testdata/seed/vllm-pytorch-conference-2025.md"
jar="$root/catalog-examples/target/catalog.jar"
launcher="$root/catalog-examples/target/bin/catalog"
commonmark="$(find "${M2_REPO:-$HOME/.m2/repository}/org/commonmark/commonmark" -name 'commonmark-0.32.0.jar' | head -1)"
for f in "$jar" "$launcher" "$commonmark" "$here/target/classes/io/github/talkcatalog/benchmarks/CommonmarkHeadings.class"; do
  [ -f "$f" ] || { echo "missing $f; build with: mvn -B -DskipTests package" >&2; exit 1; }
done
work="$here/target/cold"
mkdir -p "$work"
printf 'public class Empty { public static void main(String[] a) {} }\n' > "$work/Empty.java"
javac -d "$work" "$work/Empty.java"
"$launcher" parse "$file" > /dev/null 2>&1   # makes the launcher's archive if it has none

names=("java -jar catalog.jar parse" "bin/catalog parse" "commonmark-java program" "empty main")
run() {
  case "$1" in
    0) java -jar "$jar" parse "$file" ;;
    1) "$launcher" parse "$file" ;;
    2) java -cp "$here/target/classes:$commonmark" io.github.talkcatalog.benchmarks.CommonmarkHeadings "$file" ;;
    3) java -cp "$work" Empty ;;
  esac > /dev/null 2>&1
}
declare -A times
for ((r = 0; r < rounds; r++)); do
  for ((k = 0; k < 4; k++)); do
    i=$(((k + r) % 4))
    start=$(date +%s%N)
    run "$i"
    times[$i]+="$((($(date +%s%N) - start) / 1000000)) "
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
echo "uptime: $(uptime)"
echo "rounds: $rounds, interleaved; wall ms per process"
c=$(echo "${times[2]}" | median)
for i in 0 1 2 3; do
  m=$(echo "${times[$i]}" | median)
  printf '%-30s median %6s ms   ratio to commonmark-java %5.2f   (%s)\n' "${names[$i]}" "$m" \
      "$(echo "$m / $c" | bc -l)" "${times[$i]}"
done
