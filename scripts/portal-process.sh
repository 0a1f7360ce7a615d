# Sourced by the benchmark scripts: starts the Release portal over a database on a port, stops it
# when the script ends, and waits until /health answers.
#   start_portal DB PORT LOG   (sets PORTAL to the process id)
start_portal() {
  local db=$1 port=$2 log=$3
  Archive__Database="$(realpath "$db")" Archive__ImportWhenEmpty="" ASPNETCORE_ENVIRONMENT=Production \
    Logging__LogLevel__Default=Warning \
    dotnet src/ArchivePortal.Web/bin/Release/net10.0/ArchivePortal.Web.dll --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
  PORTAL=$!
  trap 'kill $PORTAL 2>/dev/null || true' EXIT
  # Up to ten minutes: a database indexed by another analysis version is re-indexed before the
  # portal listens (about 100 s at 100,000 records on two cores).
  for _ in $(seq 1 1200); do
    curl -fs "http://127.0.0.1:$port/health" >/dev/null && return 0
    kill -0 "$PORTAL" 2>/dev/null || break
    sleep 0.5
  done
  echo "the portal did not start; see $log" >&2
  exit 1
}
