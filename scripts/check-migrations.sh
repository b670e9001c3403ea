#!/usr/bin/env bash
# Fails when the EF model has changes that no migration captures, for either provider.
# Usage: scripts/check-migrations.sh [Configuration]   (expects that configuration to be built already)
set -euo pipefail
configuration=${1:-Debug}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations has-pending-model-changes --no-build --configuration "$configuration" \
    --project "src/Istmo.Data.Migrations.$provider" \
    --startup-project "src/Istmo.Data.Migrations.$provider" --context IstmoDbContext
done
