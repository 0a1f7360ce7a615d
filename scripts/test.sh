#!/usr/bin/env bash
# Runs every test. Installs what the tests need first (Chromium for the browser tests, feed parsers for the feed tests,
# the accessibility and HTML checkers),
# so that it works on a fresh Debian machine with the .NET 10 SDK.
set -euo pipefail
cd "$(dirname "$0")/.."
# apt waits up to five minutes for another apt or dpkg process (unattended upgrades on a fresh
# machine) to let go of its lock, instead of failing at once.

# fonts-noto-cjk: without a CJK font the browser tests' screenshots show Chinese as boxes.
if [ -d tests/ArchivePortal.EndToEnd ] && { ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; }; then
  echo "Installing Chromium and a CJK font for the browser tests…"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq chromium fonts-noto-cjk >/dev/null
fi

# OpenCC (the library and its dictionaries) folds Taiwan and Hong Kong vocabulary; the Chinese tests
# check both paths, with OpenCC and without it (ARCHIVE_DISABLE_OPENCC), so it must be there.
if [ ! -e /usr/share/opencc/tw2sp.json ] || ! ldconfig -p 2>/dev/null | grep -q "libopencc\.so"; then
  echo "Installing OpenCC for the Chinese regional vocabulary…"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq libopencc1.1 libopencc-data >/dev/null
fi

# The feed tests run real feed readers' parsers against the live portal: Python's feedparser
# (Debian's package, for /usr/bin/python3) and the npm feedparser package (pinned in package-lock.json).
if ! /usr/bin/python3 -c "import feedparser" >/dev/null 2>&1; then
  echo "Installing Python's feedparser for the feed tests…"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq python3-feedparser >/dev/null
fi
if ! command -v node >/dev/null 2>&1; then
  echo "Installing Node.js for the feed tests…"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq nodejs npm >/dev/null
fi
if [ ! -d tests/feed-clients/node_modules/feedparser ]; then
  (cd tests/feed-clients && npm ci --no-audit --no-fund --silent)
fi
# The accessibility tests run axe-core in Chromium, the Nu HTML checker (vnu.jar, on Java) and
# Lighthouse over the live portal (pinned in tests/web-checkers/package-lock.json). --ignore-scripts:
# vnu-jar's install script would download a Java runtime; Debian's is used instead.
if ! command -v java >/dev/null 2>&1; then
  echo "Installing a Java runtime for the HTML checker…"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq default-jre-headless >/dev/null
fi
checkers=tests/web-checkers/node_modules
if [ ! -f $checkers/axe-core/axe.min.js ] || [ ! -f $checkers/vnu-jar/build/dist/vnu.jar ] || [ ! -f $checkers/lighthouse/cli/index.js ]; then
  (cd tests/web-checkers && npm ci --ignore-scripts --no-audit --no-fund --silent)
fi

dotnet restore ArchivePortal.sln
dotnet build ArchivePortal.sln --no-restore -c Release
log=$(mktemp)
status=0
# The browser journey runs on its own after the rest: beside six other test assemblies on two
# cores, a page could wait past Playwright's timeout for the CPU.
dotnet test ArchivePortal.sln --no-build -c Release --filter "FullyQualifiedName!~ArchivePortal.EndToEnd" 2>&1 | tee "$log" || status=$?
if [ -d tests/ArchivePortal.EndToEnd ]; then
  dotnet test tests/ArchivePortal.EndToEnd --no-build -c Release 2>&1 | tee -a "$log" || status=$?
fi

# One closing line over all test projects, in the form CI reads: "N passed, N failed".
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
