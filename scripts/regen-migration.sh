#!/usr/bin/env bash
# Re-creates the newest migration (both providers) from the current model: for a change still in progress,
# before it lands. Serialised with flock so two people working in one checkout cannot interleave.
#   scripts/regen-migration.sh NeedsAndCollaboration
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/regen-migration.sh NameOfNewestMigration}"
exec 9>/tmp/regie-migration.lock
flock 9
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  newest=$(ls src/Regie.Web/Data/Migrations/$provider/*_"$name".cs 2>/dev/null | head -1 || true)
  [[ -n "$newest" ]] || { echo "no migration $name for $provider" >&2; exit 1; }
  dotnet ef migrations remove --force --project src/Regie.Web --context ${provider}RegieDbContext >/dev/null
  dotnet ef migrations add "$name" --project src/Regie.Web --context ${provider}RegieDbContext --output-dir Data/Migrations/$provider >/dev/null
done
echo "migration $name re-created for SQLite and PostgreSQL"
