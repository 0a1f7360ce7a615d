#!/usr/bin/env bash
# Portal benchmark (issue 4): over N synthetic records (default 100,000; ../shared/bench),
# the median and p95 time of uncached search pages with facets, and requests per second of
# a cached page measured with wrk over loopback.
#   scripts/bench-portal.sh [N] [--queries K]
# Data goes to bench-data/ (git-ignored) and is reused by later runs.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-100000}
QUERIES=${QUERIES:-200}
PORT=${PORT:-5099}
BENCH=../shared/bench
DATA=bench-data
DB=$DATA/portal-$N.db
mkdir -p "$DATA"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

if [ ! -f "$DATA/corpus-$N.jsonl" ]; then
  echo "generating $N records…"
  python3 "$BENCH/gen.py" "$N" --out-dir "$DATA"
fi

dotnet build src/ArchivePortal.Cli -c Release -v q -nologo >/dev/null
dotnet build src/ArchivePortal.Web -c Release -v q -nologo >/dev/null

if [ ! -f "$DB" ]; then
  echo "importing into $DB…"
  start=$(date +%s)
  dotnet src/ArchivePortal.Cli/bin/Release/net10.0/archive.dll import "$DATA/corpus-$N.jsonl" --db "$DB" </dev/null | tail -1
  echo "import took $(( $(date +%s) - start )) s"
fi

source scripts/portal-process.sh
start_portal "$DB" "$PORT" "$DATA/portal.log"

# Uncached: every query of the generated set once (distinct URLs miss the output cache). First a
# warm-up of other searches (the start of 150 record titles, sharing no word with the measured set), so that
# the runtime has compiled its hot paths (tiered JIT takes a few dozen requests per method): the
# figures are a running portal's, not its first minute's.
python3 - "$DATA/queries-$N.jsonl" "$PORT" "$QUERIES" "$DATA/corpus-$N.jsonl" <<'PY'
import json, sys, time, urllib.parse, urllib.request, statistics
path, port, limit, corpus = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
texts = []
for line in open(path, encoding="utf-8"):
    t = json.loads(line)["text"]
    if t not in texts: texts.append(t)
def get(url):
    start = time.perf_counter()
    with urllib.request.urlopen(url) as r:
        body = r.read()
        assert r.status == 200 and (b'class="facet' in body or b'no-results' in body or b'"facets"' in body), url
    return (time.perf_counter() - start) * 1000
base = f"http://127.0.0.1:{port}/search?q="
words = {w for t in texts for w in t.split()}
joined = "\n".join(texts)
def shares_a_word(start):
    if " " in start: return any(w in words for w in start.split())
    return any(start[i:i+2] in joined for i in range(len(start) - 1))  # unspaced: any two characters
warm = []
with open(corpus, encoding="utf-8") as f:
    for line in f:
        title = json.loads(line)["title"]
        start = " ".join(title.split()[:2]) if " " in title else title[:4]
        if not shares_a_word(start) and start not in warm: warm.append(start)
        if len(warm) == 150: break
for t in warm:
    get(base + urllib.parse.quote(t))
print(f"warm-up: {len(warm)} other searches")
def report(label, times):
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
    print(f"{label}: n={len(times)} median={statistics.median(times):.1f} ms p95={p95:.1f} ms max={times[-1]:.1f} ms")
report("uncached search page with facets", [get(base + urllib.parse.quote(t)) for t in texts[:limit]])
# The same searches as JSON (other URLs, so uncached too): the difference is the cost of the HTML.
api = f"http://127.0.0.1:{port}/api/search?q="
report("uncached /api/search (same searches)", [get(api + urllib.parse.quote(t)) for t in texts[:limit]])
PY

# Cached: one results page, warmed, then wrk.
URL="http://127.0.0.1:$PORT/search?q=library"
curl -fs "$URL" >/dev/null; curl -fs "$URL" >/dev/null
wrk -t2 -c32 -d10s "$URL" | tee "$DATA/wrk.txt" | sed -n '1,12p'
echo "cached page: $(awk '/Requests\/sec/ {print $2}' "$DATA/wrk.txt") requests/s"
