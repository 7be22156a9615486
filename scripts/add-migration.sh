#!/usr/bin/env bash
# Adds a migration with the same name for both providers: ./scripts/add-migration.sh NameOfChange
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/add-migration.sh NameOfChange}"
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project src/Regie.Web --context SqliteRegieDbContext --output-dir Data/Migrations/Sqlite
dotnet ef migrations add "$name" --project src/Regie.Web --context PostgresRegieDbContext --output-dir Data/Migrations/Postgres
