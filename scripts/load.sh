#!/usr/bin/env bash
# Load test (issue 14): the portal over N synthetic records (default 20,000; ../shared/bench),
# real HTTP from `archive load` at 16, 32 and 64 concurrent clients for 60 s each, with random
# uncached searches, while `archive import` adds 5,000 more records. Prints, per step: requests,
# errors, latencies, the slowest /health answer, the portal's resident memory (first, middle,
# last, largest) and the largest database and write-ahead log; then the import's summary.
#   scripts/load.sh [N] [SECONDS]
# Data goes to bench-data/ (git-ignored); each run starts from a fresh copy of the N-record archive.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-20000}
SECONDS_PER_STEP=${2:-60}
EXTRA=${EXTRA:-5000}
PORT=${PORT:-5098}
BENCH=../shared/bench
DATA=bench-data
BASE=$DATA/load-base-$N.db
WORK=$DATA/load-work-$N.db
ARCHIVE="dotnet src/ArchivePortal.Cli/bin/Release/net10.0/archive.dll"
mkdir -p "$DATA"

[ -f "$DATA/corpus-$N.jsonl" ] || python3 "$BENCH/gen.py" "$N" --out-dir "$DATA"
if [ ! -f "$DATA/extra-$EXTRA.jsonl" ]; then
  # Another seed, and ids of their own: records the archive does not hold yet.
  mkdir -p "$DATA/extra"
  python3 "$BENCH/gen.py" "$EXTRA" --seed 4242 --out-dir "$DATA/extra" >/dev/null
  sed 's/"id": "d/"id": "x/' "$DATA/extra/corpus-$EXTRA.jsonl" >"$DATA/extra-$EXTRA.jsonl"
fi

dotnet build src/ArchivePortal.Cli -c Release -v q -nologo >/dev/null
dotnet build src/ArchivePortal.Web -c Release -v q -nologo >/dev/null

if [ ! -f "$BASE" ]; then
  echo "importing $N records into $BASE…"
  $ARCHIVE import "$DATA/corpus-$N.jsonl" --db "$BASE" --authorities content/authorities </dev/null | tail -1
fi
rm -rf "$WORK" "$WORK-wal" "$WORK-shm" "${WORK%.db}.index" "$WORK.intake-lock"
copy_archive() { dotnet src/ArchivePortal.Cli/bin/Release/net10.0/archive.dll backup "$2" --db "$1" </dev/null >/dev/null; }
copy_archive "$BASE" "$WORK"
cp -r "${BASE%.db}.index" "${WORK%.db}.index"

source scripts/portal-process.sh
start_portal "$WORK" "$PORT" "$DATA/load-portal.log"

echo "warming up (4 clients, 15 s)…"
$ARCHIVE load --url "http://127.0.0.1:$PORT/" --queries "$DATA/queries-$N.jsonl" --clients 4 --seconds 15 --pid $PORTAL </dev/null | tail -1 || true

echo "importing $EXTRA more records while the load runs…"
( start=$(date +%s); $ARCHIVE import "$DATA/extra-$EXTRA.jsonl" --db "$WORK" </dev/null | tail -1 >"$DATA/load-import.txt";
  echo "import took $(( $(date +%s) - start )) s" >>"$DATA/load-import.txt" ) &
IMPORT=$!

status=0
$ARCHIVE load --url "http://127.0.0.1:$PORT/" --queries "$DATA/queries-$N.jsonl" --clients 16,32,64 \
  --seconds "$SECONDS_PER_STEP" --pid $PORTAL --db "$WORK" </dev/null || status=$?
wait $IMPORT
echo "import: $(tr '\n' ' ' <"$DATA/load-import.txt")"
echo "records: $(curl -fs "http://127.0.0.1:$PORT/api/search?q=&limit=0" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')"
ls -l "$WORK" "$WORK-wal" 2>/dev/null | awk '{print "file:", $NF, $5}'
exit $status
