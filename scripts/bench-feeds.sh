#!/usr/bin/env bash
# Feed polling at scale (issue: 1,000 saved searches polled once each over 100,000 records in
# under 30 s; a 304 poll under a tenth of a full one). Imports the generated corpus into a fresh
# database, saves S searches for staff accounts, 250 each (the bench queries, each also with a language
# or a date filter), starts the portal, and polls every saved search's Atom feed once, then once
# more conditionally (If-None-Match). Prints one line:
#   feeds=S records=N full_s=… full_ms_avg=… notmodified_s=… notmodified_ms_avg=… ratio=…
#   scripts/bench-feeds.sh [N] [S]     N records (default 100000), S saved searches (default 1000)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
N=${1:-100000}
S=${2:-1000}
SHARED="${ARCHIVE_SHARED_DIR:-$ROOT/../shared}"
DATA="$ROOT/bench-data"
CORPUS="$DATA/corpus-$N.jsonl"
QUERIES="$DATA/queries-$N.jsonl"
if [ ! -f "$CORPUS" ] || [ ! -f "$QUERIES" ]; then
  [ -f "$SHARED/bench/gen.py" ] || { echo "no $SHARED/bench/gen.py to generate $CORPUS" >&2; exit 1; }
  mkdir -p "$DATA"
  python3 "$SHARED/bench/gen.py" "$N" --out-dir "$DATA"
fi
dotnet build src/ArchivePortal.Cli -c Release -v q -nologo </dev/null >/dev/null
dotnet build src/ArchivePortal.Web -c Release -v q -nologo </dev/null >/dev/null
WORK="$(mktemp -d)"
PORTAL_PID=""
trap '[ -n "$PORTAL_PID" ] && kill "$PORTAL_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
archive() { dotnet "$ROOT/src/ArchivePortal.Cli/bin/Release/net10.0/archive.dll" "$@" --db "$WORK/archive.db"; }

echo "importing $N records ..."
archive import "$CORPUS" | tail -1
python3 - "$QUERIES" "$S" > "$WORK/saved.jsonl" <<'PY'
import json, sys
queries = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
variants = ["", "lang:zh", "lang:en", "lang:vi", "date:2020..2024"]
n = int(sys.argv[2])
for i in range(n):
    q, v = queries[i % len(queries)], variants[(i // len(queries)) % len(variants)]
    print(json.dumps({"text": q, "name": f"{q} {v}".strip(), "filters": v}, ensure_ascii=False))
PY
# Spread over accounts of 250 each (an account keeps at most 500).
split -l 250 -d "$WORK/saved.jsonl" "$WORK/saved-part-"
: > "$WORK/feeds.txt"
for part in "$WORK"/saved-part-*; do
  user="bench$(basename "$part" | tr -dc '0-9')"
  echo "bench staff password" | archive user add "$user" --role staff >/dev/null
  archive saved import "$user" "$part" | grep -E '^[0-9]+' | cut -f2 >> "$WORK/feeds.txt"
done
echo "$(wc -l < "$WORK/feeds.txt") saved searches; starting the portal ..."

PORT=5099
Archive__Database="$WORK/archive.db" Archive__ImportWhenEmpty="" ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$ROOT/src/ArchivePortal.Web/bin/Release/net10.0/ArchivePortal.Web.dll" --urls "http://127.0.0.1:$PORT" > "$WORK/portal.log" 2>&1 &
PORTAL_PID=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 1; done

python3 - "$PORT" "$WORK/feeds.txt" "$N" <<'PY'
import http.client, sys, time
port, paths, records = int(sys.argv[1]), [l.strip() for l in open(sys.argv[2]) if l.strip()], sys.argv[3]
c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
def poll(path, etag=None):
    c.request("GET", path, headers={"If-None-Match": etag} if etag else {})
    r = c.getresponse(); r.read()
    return r.status, r.getheader("ETag")
poll(paths[0])  # the portal's first search loads the records' facts: not a poll's cost
etags, start = {}, time.perf_counter()
for p in paths:
    status, etag = poll(p)
    assert status == 200, (p, status)
    etags[p] = etag
full = time.perf_counter() - start
start = time.perf_counter()
for p in paths:
    status, _ = poll(p, etags[p])
    assert status == 304, (p, status)
cond = time.perf_counter() - start
n = len(paths)
print(f"feeds={n} records={records} full_s={full:.2f} full_ms_avg={1000*full/n:.2f} "
      f"notmodified_s={cond:.2f} notmodified_ms_avg={1000*cond/n:.2f} ratio={cond/full:.3f}")
PY
