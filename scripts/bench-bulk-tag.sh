#!/usr/bin/env bash
# Bulk tagging at scale (issue: 10,000 records of the 20,000-record generated set in one
# transaction, index included, under 5 s): imports the corpus into a fresh database, tags every
# record dated 2021..2024 (10,132 of 20,000) with a topic few of them have, reverts the change, and checks that the topic facet
# counts are exactly what they were. Prints each step's time as the CLI reports it.
#   scripts/bench-bulk-tag.sh [N]     N records (default 20000), from bench-data/ (generated when missing)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
N=${1:-20000}
SHARED="${ARCHIVE_SHARED_DIR:-$ROOT/../shared}"
DATA="$ROOT/bench-data"
CORPUS="$DATA/corpus-$N.jsonl"
if [ ! -f "$CORPUS" ]; then
  [ -f "$SHARED/bench/gen.py" ] || { echo "no $SHARED/bench/gen.py to generate $CORPUS" >&2; exit 1; }
  mkdir -p "$DATA"
  python3 "$SHARED/bench/gen.py" "$N" --out-dir "$DATA"
fi
dotnet build src/ArchivePortal.Cli -c Release -v q -nologo </dev/null >/dev/null
archive() { dotnet "$ROOT/src/ArchivePortal.Cli/bin/Release/net10.0/archive.dll" "$@" --db "$WORK/archive.db"; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "importing $N records ..."
archive import "$CORPUS" | tail -1
echo "bench archivist password" | archive user add bench --role archivist >/dev/null
archive facets "" --json --limit 1000 > "$WORK/before.json"

archive bulk-tag "date:2021..2024" --add topic:legal-deposit --user bench --yes | tee "$WORK/tag.txt"
change=$(grep -Eo '^change [0-9]+' "$WORK/tag.txt" | awk '{print $2}')
archive facets "" --json --limit 1000 > "$WORK/tagged.json"
archive revert "$change" --user bench
archive facets "" --json --limit 1000 > "$WORK/after.json"

if cmp -s "$WORK/before.json" "$WORK/after.json"; then
  echo "facet counts after the revert: identical to before"
else
  echo "facet counts after the revert DIFFER from before:" >&2
  diff "$WORK/before.json" "$WORK/after.json" | head -20 >&2
  exit 1
fi
cmp -s "$WORK/before.json" "$WORK/tagged.json" && { echo "the tagging changed no facet count" >&2; exit 1; }
exit 0
