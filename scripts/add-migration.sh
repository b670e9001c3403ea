#!/usr/bin/env bash
# Adds a migration with the same name to every provider's migrations project, from the one EF model.
# Usage: scripts/add-migration.sh NameOfChange
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NameOfChange}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project "src/Istmo.Data.Migrations.$provider" \
    --startup-project "src/Istmo.Data.Migrations.$provider" \
    --context IstmoDbContext --output-dir Migrations
done
rm -f src/Istmo.Data.Migrations.Sqlite/design-time.db
