#!/usr/bin/env bash
# Runs every test of Regie: the integration suite on SQLite and on PostgreSQL, then the browser suite.
# Installs what the tests need when it is missing (Debian's postgresql and chromium, the npm front-end packages).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} (Debian packages)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi
./scripts/frontend.sh
export REGIE_TEST_PG="$(./scripts/postgres.sh)"

dotnet build Regie.slnx -c Release --nologo -v q

results="$(mktemp -d)"
export REGIE_TEST_LOG_DIR="$results/logs"
run() { # name, project, extra env
  local name="$1" project="$2"; shift 2
  echo "── $name"
  env "$@" dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" --logger "console;verbosity=minimal"
}
status=0
run integration-sqlite tests/Regie.Tests REGIE_TEST_DB=sqlite || status=1
run integration-postgres tests/Regie.Tests REGIE_TEST_DB=postgres || status=1
run browser tests/Regie.BrowserTests || status=1
echo "── logs"
python3 scripts/check-test-logs.py "$REGIE_TEST_LOG_DIR" || status=1

# One closing line for all suites together, counted from the test results.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find(".//{*}Counters")
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)); skipped += int(c.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
