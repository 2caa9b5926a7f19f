#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server: installs PostgreSQL (apt) if missing, creates a cluster
# in a temp folder, starts it listening only on a Unix socket in that folder (no TCP port to pick, so none can
# be taken by someone else between picking and binding), exports ATTAIN_TEST_POSTGRES (a connection string to
# it), runs the command, and stops and deletes the cluster on exit, whatever happened.
#   scripts/with-postgres.sh dotnet test tests/Attain.Data.Tests
set -euo pipefail

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [[ -z "$(pg_bin)" ]]; then
  echo "with-postgres: installing PostgreSQL (apt-get install postgresql)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi
bin=$(pg_bin)

# initdb refuses to run as root: the cluster belongs to the postgres user then.
as_owner() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

dir=$(mktemp -d -t attain-pg.XXXXXX)
chmod 755 "$dir"
[[ $(id -u) -eq 0 ]] && chown postgres "$dir"
# The port only names the socket file (.s.PGSQL.5432) in this cluster's own folder.
port=5432

cleanup() {
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT INT TERM

as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
# A throwaway cluster for tests: durability settings off (WITH_POSTGRES_DURABLE=1 keeps them, for measurements).
durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[[ "${WITH_POSTGRES_DURABLE:-0}" == 1 ]] && durability=""
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses='' -c max_connections=50 $durability" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 1; }

export ATTAIN_TEST_POSTGRES="Host=$dir;Port=$port;Username=postgres;Database=postgres"
echo "with-postgres: PostgreSQL $("$bin/postgres" -V | awk '{print $3}') on the socket in $dir" >&2
set +e
"$@"
status=$?
set -e
exit "$status"
