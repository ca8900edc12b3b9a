#!/usr/bin/env bash
# Round trip over the real-document corpus: parse -> Markdown -> parse, per document.
#
#   scripts/corpus-roundtrip.sh [--jar JAR] [--verbose] [DOC_ID...]
#
# For each document ../shared/corpus/docs/<id>/<file>.md (relative to the repository; the corpus
# is third-party text and never part of the repository) it parses the document, writes the catalog
# as Markdown with `catalog convert --to markdown`, parses that Markdown, and prints how many talks
# changed on any field but `line` and `heading` (and which catalog fields changed). --verbose also
# prints each changed field. Not part of `mvn verify`; build the jar first:
#   mvn -B -q -o -DskipTests package
# Exits 1 when any document has a changed talk or catalog field.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
jar="$repo/catalog-examples/target/catalog.jar"
corpus="$repo/../shared/corpus/docs"
verbose=0
ids=()
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar="$2"; shift 2 ;;
    --verbose) verbose=1; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) ids+=("$1"); shift ;;
  esac
done
[ -f "$jar" ] || { echo "no jar at $jar; run: mvn -B -q -o -DskipTests package" >&2; exit 2; }
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
if [ ${#ids[@]} -eq 0 ]; then
  for d in "$corpus"/*/; do ids+=("$(basename "$d")"); done
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for id in "${ids[@]}"; do
  for doc in "$corpus/$id"/*.md; do
    java -jar "$jar" parse "$doc" --compact > "$work/$id.before.json" 2>/dev/null || true
    java -jar "$jar" convert "$doc" --to markdown > "$work/$id.md" 2>/dev/null || true
    java -jar "$jar" parse "$work/$id.md" --compact > "$work/$id.after.json" 2>/dev/null || true
  done
done

python3 - "$work" "$verbose" "${ids[@]}" <<'PY'
import json, sys
work, verbose, ids = sys.argv[1], sys.argv[2] == "1", sys.argv[3:]
IGNORED = {"line", "heading"}

def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None

def short(v):
    s = json.dumps(v, ensure_ascii=False)
    return s if len(s) <= 160 else s[:157] + "..."

failed = 0
total_talks = total_changed = 0
print(f"{'document':34} {'talks':>5} {'changed':>7}  catalog fields changed")
for id in ids:
    a, b = load(f"{work}/{id}.before.json"), load(f"{work}/{id}.after.json")
    if a is None or b is None:
        print(f"{id:34} {'?':>5} {'?':>7}  cannot read {'the document' if a is None else 'the written Markdown'}")
        failed += 1
        continue
    ta, tb = a.get("talks", []), b.get("talks", [])
    catalog_changed = [k for k in sorted(set(a) | set(b)) if k != "talks" and a.get(k) != b.get(k)]
    changed = []
    for i in range(max(len(ta), len(tb))):
        x = ta[i] if i < len(ta) else {}
        y = tb[i] if i < len(tb) else {}
        fields = [k for k in sorted(set(x) | set(y)) if k not in IGNORED and x.get(k) != y.get(k)]
        if fields:
            changed.append((i + 1, fields, x, y))
    total_talks += len(ta)
    total_changed += len(changed)
    if changed or catalog_changed:
        failed += 1
    print(f"{id:34} {len(ta):5} {len(changed):7}  {', '.join(catalog_changed) or '-'}")
    if verbose:
        for k in catalog_changed:
            print(f"    catalog {k}: wrote {short(a.get(k))}, reads back as {short(b.get(k))}")
        for pos, fields, x, y in changed:
            for k in fields:
                print(f"    talk {pos} {k}: wrote {short(x.get(k))}, reads back as {short(y.get(k))}")
print(f"{'total':34} {total_talks:5} {total_changed:7}")
sys.exit(1 if failed else 0)
PY
