#!/usr/bin/env bash
# Generates the hostile inputs of issue #18 and their siblings at growing sizes, reads each with
# the catalog CLI under -Xmx256m, and prints a Markdown table: exit status, wall-clock and CPU
# (user + system) seconds, CPU seconds per MB, peak resident memory, and whether a stack trace reached the user. Not part of `mvn verify`.
#
#   scripts/hostile.sh [SIZES_MB...]        (default: 1 8; the default input limit is 32 MB)
#
# Needs the CLI jar (mvn -B -q -o -DskipTests package), python3 and GNU time (/usr/bin/time; on
# Debian `apt-get install time`). Inputs are written to target/hostile/ and kept for replay.
# Environment: JAR (default catalog-examples/target/catalog.jar), COMMAND (default check),
# CASES (a space-separated subset of case names), JAVA_OPTS (default -Xmx256m).
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${JAR:-catalog-examples/target/catalog.jar}"
command="${COMMAND:-check}"
java_opts="${JAVA_OPTS:--Xmx256m}"
sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(1 8)
out=target/hostile
mkdir -p "$out"
[ -f "$jar" ] || { echo "no $jar; run: mvn -B -q -o -DskipTests package" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "no /usr/bin/time; install GNU time" >&2; exit 2; }

# gen CASE MB PATH: writes the input (a file, or a folder for detail-pages)
gen() {
  python3 - "$1" "$2" "$3" <<'PY'
import os, random, sys
case, mb, path = sys.argv[1], float(sys.argv[2]), sys.argv[3]
size = int(mb * 1024 * 1024)
talk = "## Talk - Ada Quill\n- Link: https://youtu.be/AAAAAAAAAA1\n\n"
def fill(unit, head="# T\n\n", tail=""):
    n = max(1, (size - len(head) - len(tail)) // len(unit))
    return head + unit * n + tail
def lines(make, head="# T\n\n"):
    out, total, i = [head], len(head), 0
    while total < size:
        s = make(i); out.append(s); total += len(s); i += 1
    return "".join(out)
urls = lambda i: "".join("https://example.com/%d/%d " % (i, k) for k in range(2000))
vid = lambda i: "".join("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[(i >> (6 * k)) % 64] for k in range(11))
cases = {
    # 1: one long thematic break, then the same as many lines of 1,800 marks, in several places
    "break-dash": lambda: fill("-", talk, "\n"),
    "break-spaced-star": lambda: fill("* ", talk, "\n"),
    "break-lines": lambda: lines(lambda i: ["", "- item\n  ", "> ", "* "][i % 4] + "_" * 1800 + "\n\n", talk),
    # 2: '#' and escaped hashes after an open bracket, one paragraph after another
    "escape-hash": lambda: lines(lambda i: "[a\n#" + "\\#" * 30 + "\n\n", talk),
    # 3: many list entries, many one-character bullets under a talk
    "link-list": lambda: lines(lambda i: "- [Title %d - Ann Lee](https://youtu.be/%s)\n" % (i, vid(i))),
    "one-char-bullets": lambda: fill("- a\n", talk),
    # 5: one paragraph of links; '[](' storms; bare URLs; stacked labels; random printable ASCII
    "link-paragraph": lambda: lines(lambda i: "[a](u) " if (i + 1) % 20000 else "[a](u)\n\n", talk),
    "bracket-storm": lambda: fill("[](", talk),
    "bare-urls": lambda: lines(lambda i: "https://example.com/%d " % i if (i + 1) % 20000 else "x\n\n", talk),
    "stacked-labels": lambda: "# T\n\n## " + "Keynote: " * max(1, (size - 40) // 9) + "Title - Ada Quill\n",
    # one generator for the whole text (a new one per character gave one line of 'x')
    "random-ascii": lambda: (lambda r: "".join(r.choice(
        "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\n") for _ in range(size)))(random.Random(18)),
    # siblings: bare URLs in one list item and in one heading; a paragraph of bare video URLs
    # under a talk; reference links; unclosed labels and titles followed by escapes
    "bare-url-item": lambda: lines(lambda i: "- " + urls(i) + "\n"),
    "bare-url-heading": lambda: lines(lambda i: "## Talk - Ada Quill " + urls(i) + "\n\n"),
    "video-url-paragraph": lambda: lines(lambda i: "https://youtu.be/%s " % vid(i) if (i + 1) % 20000 else "x\n\n", talk),
    "reference-links": lambda: lines(lambda i: "[a][r%d] " % i if (i + 1) % 20000 else "[a][r]\n\n[r]: https://example.com\n\n", talk),
    "escapes-after-brackets": lambda: lines(lambda i: ["[", "[a](u \"", "[a](<"][i % 3] + "\\\\" * 8 + "\\#" * 8 + " x\n\n", talk),
}
if case == "detail-pages":
    # 4: an index of ten Details links to one page
    os.makedirs(path, exist_ok=True)
    index = "# T\n\n" + "".join("## Talk %d - Ada Quill\n- Details: [page](page.md)\n\n" % i for i in range(10))
    open(os.path.join(path, "README.md"), "w").write(index)
    page = "# Page\n\n" + "A line of a long abstract, written out in full.\n" * max(1, (size - 8) // 49)
    open(os.path.join(path, "page.md"), "w").write(page)
else:
    open(path, "w", encoding="utf-8", newline="\n").write(cases[case]())
PY
}

all="break-dash break-spaced-star break-lines escape-hash link-list one-char-bullets link-paragraph bracket-storm bare-urls stacked-labels random-ascii detail-pages bare-url-item bare-url-heading video-url-paragraph reference-links escapes-after-brackets"
echo "| Case | MB | Exit | Wall s | CPU s | CPU s/MB | Peak RSS (MB) | Trace |"
echo "|---|---:|---:|---:|---:|---:|---:|---|"
for case in ${CASES:-$all}; do
  for mb in "${sizes[@]}"; do
    input="$out/$case-$mb"
    [ "$case" = detail-pages ] || input="$input.md"
    rm -rf "$input"
    gen "$case" "$mb" "$input"
    bytes=$(du -sb "$input" | cut -f1)
    set +e
    # shellcheck disable=SC2086
    /usr/bin/time -v -o "$out/time.txt" timeout 600 java $java_opts -jar "$jar" "$command" "$input" \
      >/dev/null 2>"$out/stderr.txt"
    status=$?
    set -e
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$out/time.txt")
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$out/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2 / 1024}' "$out/time.txt")
    trace=no
    grep -q -E '^\s+at |Exception in thread|^java\.lang\.' "$out/stderr.txt" && trace=YES
    [ "$status" -eq 124 ] && trace="timeout"
    real_mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1048576}')
    per=$(awk -v s="$cpu" -v b="$bytes" 'BEGIN {printf "%.2f", s / (b / 1048576)}')
    echo "| $case | $real_mb | $status | $secs | $cpu | $per | $rss | $trace |"
  done
done
