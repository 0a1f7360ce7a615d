#!/usr/bin/env bash
# ArchivePortal (`archive bench`) and the Apache Lucene reference (../shared/bench/lucene) on the
# same synthetic corpus, run alternately so that both meet the same machine load.
#   scripts/bench-side-by-side.sh [N] [R]      N records (default 200000), R runs (default 3)
# The corpus goes to bench-data/ (git-ignored) and is reused; each run's full output is kept in
# bench-data/side-by-side-N-<time>/. Every `archive bench` gets a fresh temporary database.
# Prints each engine's last line prefixed with the run number, then ours/lucene ratios.
# The shared folder is ../shared beside the repository root, or $ARCHIVE_SHARED_DIR.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

N=${1:-200000}
R=${2:-3}
[[ "$N" =~ ^[0-9]+$ && "$N" -gt 0 ]] || { echo "N must be a positive whole number, not '$N'" >&2; exit 2; }
[[ "$R" =~ ^[0-9]+$ && "$R" -gt 0 ]] || { echo "R must be a positive whole number, not '$R'" >&2; exit 2; }

SHARED="${ARCHIVE_SHARED_DIR:-$ROOT/../shared}"
[ -f "$SHARED/bench/gen.py" ] || { echo "no $SHARED/bench/gen.py: the shared folder belongs beside the repository (or set ARCHIVE_SHARED_DIR)" >&2; exit 1; }
SHARED="$(cd "$SHARED" && pwd)"
LUCENE="$SHARED/bench/lucene/run.sh"

DATA="$ROOT/bench-data"
CORPUS="$DATA/corpus-$N.jsonl"
QUERIES="$DATA/queries-$N.jsonl"
mkdir -p "$DATA"
if [ ! -f "$CORPUS" ] || [ ! -f "$QUERIES" ]; then
  echo "generating $N records into bench-data/ ..."
  python3 "$SHARED/bench/gen.py" "$N" --out-dir "$DATA"
fi

echo "building the CLI (Release) and the Lucene reference ..."
dotnet build src/ArchivePortal.Cli -c Release -v q -nologo </dev/null >/dev/null
ARCHIVE="$ROOT/src/ArchivePortal.Cli/bin/Release/net10.0/archive.dll"
bash "$LUCENE" build

LOGS="$DATA/side-by-side-$N-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$LOGS"
echo "N=$N R=$R; full outputs in ${LOGS#"$ROOT"/}"

last_line() { grep -v '^[[:space:]]*$' "$1" | tail -1; }

for i in $(seq 1 "$R"); do
  start=$(date +%s)
  # No --db: a fresh temporary database each time, deleted afterwards.
  if ! dotnet "$ARCHIVE" bench --corpus "$CORPUS" --queries "$QUERIES" </dev/null >"$LOGS/ours-$i.log" 2>&1; then
    echo "run $i: archive bench failed; see $LOGS/ours-$i.log" >&2; tail -5 "$LOGS/ours-$i.log" >&2; exit 1
  fi
  ours_s=$(( $(date +%s) - start ))
  echo "run $i ours   ($ours_s s): $(last_line "$LOGS/ours-$i.log")"

  start=$(date +%s)
  if ! bash "$LUCENE" bench "$CORPUS" "$QUERIES" </dev/null >"$LOGS/lucene-$i.log" 2>&1; then
    echo "run $i: lucene bench failed; see $LOGS/lucene-$i.log" >&2; tail -5 "$LOGS/lucene-$i.log" >&2; exit 1
  fi
  lucene_s=$(( $(date +%s) - start ))
  echo "run $i lucene ($lucene_s s): $(last_line "$LOGS/lucene-$i.log")"
done

python3 - "$LOGS" "$R" <<'PY'
import statistics, sys
logs, runs = sys.argv[1], int(sys.argv[2])

def fields(path, prefix=""):
    lines = [l.strip() for l in open(path, encoding="utf-8") if l.strip()]
    line = lines[-1]
    if prefix and not line.startswith(prefix):
        raise SystemExit(f"unexpected last line in {path}: {line}")
    return dict(kv.split("=", 1) for kv in line[len(prefix):].split() if "=" in kv)

# (label, our field, lucene field); import: ours counts the whole import pipeline into SQLite + index.
columns = [("import docs/s", "import_docs_per_s", "index_docs_per_s"),
           ("p95 ms", "p95_ms", "p95_ms"),
           ("p99 ms", "p99_ms", "p99_ms"),
           ("index MB", "index_mb", "index_mb")]
ratios = {c[0]: [] for c in columns}
print()
print("ours/lucene   " + "".join(f"{c[0]:>24}" for c in columns))
for i in range(1, runs + 1):
    ours = fields(f"{logs}/ours-{i}.log")
    luc = fields(f"{logs}/lucene-{i}.log", "LUCENE bench ")
    cells = []
    for label, o, l in columns:
        a, b = float(ours[o]), float(luc[l])
        r = a / b if b else float("nan")
        ratios[label].append(r)
        cells.append(f"{a:g}/{b:g} = {r:.2f}")
    print(f"run {i:<10}" + "".join(f"{c:>24}" for c in cells))
if runs > 1:
    print(f"{'median':<14}" + "".join(f"{statistics.median(ratios[c[0]]):>24.2f}" for c in columns))
print("(import docs/s: above 1 means ours imports faster; p95, p99, index MB: below 1 means ours is faster/smaller)")
PY
