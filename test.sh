#!/usr/bin/env bash
# The test command (README, .ci/run): every test project, the store suite on a real SQLite file and on a
# throwaway PostgreSQL server that scripts/with-postgres.sh installs if missing, starts and removes afterwards.
set -euo pipefail
cd "$(dirname "$0")"
exec scripts/with-postgres.sh dotnet test Attain.slnx "$@"
