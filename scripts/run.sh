#!/usr/bin/env bash
# Starts Regie on http://localhost:5080 with SQLite (data/regie.db) and demo data on first start.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
./scripts/frontend.sh
exec dotnet run --project src/Regie.Web --launch-profile Regie -- --urls http://localhost:5080
