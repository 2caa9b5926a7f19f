#!/usr/bin/env bash
# The scale harness (issue 5): for each size N, generate a program of N partners, then measure side by side
# in one run, on PostgreSQL and on SQLite:
#   - `attain import`            vs the loading limit: the database's own CSV loader (psql \copy, sqlite3 .import)
#                                   putting the same rows into the same tables (same keys, indexes, foreign keys);
#   - `attain evaluate --all`    vs the reading limit: one SQL query computing every partner's TTM revenue;
#                                   run twice: the first stores a snapshot per partner, the second (same inputs) none;
#                                   and vs the writing limit: one SQL script copying the published run's read model
#                                   (its standings and memberships, every index kept) to a new run, rolled back;
#   - a monthly drop into the populated store (5 % of the revenue rows changed, with the DPOR and partners they
#     reference) vs the same loader putting the drop's rows into empty tables;
#   - the peak RSS of each client process (/usr/bin/time: "Maximum resident set size", as time -v prints it).
# Prints one table (also written to $SCALE_WORK/results-<stamp>.md).
#
#   bench/scale.sh                    # N = 10000 100000
#   bench/scale.sh 200                # a smoke run of a few seconds (CI)
#   SCALE_SIZES="10000 100000 1000000" bench/scale.sh
#   SCALE_STORES=postgres bench/scale.sh 100000      # postgres, sqlite or "postgres sqlite" (default)
#
# Without ATTAIN_TEST_POSTGRES it starts a throwaway, durable PostgreSQL cluster (scripts/with-postgres.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

if [[ -z "${ATTAIN_TEST_POSTGRES:-}" && "${SCALE_STORES:-postgres sqlite}" == *postgres* ]]; then
  # Durability on: the import commits for real, as \copy does, so neither side gets a discount.
  WITH_POSTGRES_DURABLE=1 exec "$root/scripts/with-postgres.sh" "$0" "$@"
fi

sizes=${*:-${SCALE_SIZES:-10000 100000}}
stores=${SCALE_STORES:-postgres sqlite}
work=${SCALE_WORK:-${TMPDIR:-/tmp}/attain-scale}
as_of=${SCALE_AS_OF:-2026-11-25}
seed=${SCALE_SEED:-20261125}
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PGOPTIONS="-c client_min_messages=warning"

for tool in /usr/bin/time sqlite3 psql; do
  [[ -x "$(command -v "$tool")" ]] || { echo "scale: $tool is missing (apt-get install -y time sqlite3 postgresql-client)" >&2; exit 1; }
done

# Built once in Release; the binaries are called directly so no build or `dotnet run` start-up is timed.
echo "scale: building attain and attain-datagen (Release)" >&2
for project in src/Attain.Cli bench/Attain.DataGen; do
  # ReadyToRun: EF Core's and Npgsql's start-up is not JIT-compiled on every command, as in a real deployment.
  dotnet publish "$root/$project" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$work/bin/$(basename "$project")" --nologo -v quiet >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 1; }
done
attain=$work/bin/Attain.Cli/attain
datagen=$work/bin/Attain.DataGen/attain-datagen

# The TTM window (SPEC §2): the 12 whole months before the as-of month, as first days of months.
window_first=$(date -u -d "$(date -u -d "$as_of" +%Y-%m-01) -12 months" +%Y-%m-%d)
window_last=$(date -u -d "$(date -u -d "$as_of" +%Y-%m-01) -1 months" +%Y-%m-%d)
# The qualifying products of the catalog version in force on the as-of date (SPEC §5): the latest version with
# effectiveFrom ≤ as-of (the first before the first); a version without a products list keeps the previous one's.
qualifying=$(python3 - "$root/catalog/cloud-crm.json" "$as_of" <<'PY'
import json, sys
versions = json.load(open(sys.argv[1]))["versions"]
products = None
for index, version in enumerate(versions):
    if index > 0 and version["effectiveFrom"] > sys.argv[2]:
        break
    products = version.get("products", products)
print(",".join("'%s'" % product["code"] for product in products if product.get("qualifies")))
PY
)

# timed NAME CMD…: runs CMD under /usr/bin/time, keeps "seconds peak-KiB" in $work/NAME.time, fails loudly.
timed() {
  local name=$1; shift
  if ! /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err"; then
    echo "scale: $name failed:" >&2; tail -n 20 "$work/$name.err" >&2; exit 1
  fi
}
seconds() { awk '{print $1}' "$work/$1.time"; }
mib() { awk '{printf "%.0f", $2 / 1024}' "$work/$1.time"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# The same rows as the data folder, shaped as the tables hold them: months as dates, customers from DPOR.
prepare_copy_files() {
  local data=$1 out=$2
  mkdir -p "$out"
  cp "$data/partners.csv" "$data/individuals.csv" "$data/exam_passes.csv" "$data/dpor.csv" "$out/"
  awk -F, 'NR == 1 { print "customer_id"; next } !seen[$1]++ { print $1 }' "$data/dpor.csv" >"$out/customers.csv"
  awk -F, 'BEGIN { OFS = "," } NR == 1 { print; next } { $3 = $3 "-01"; print }' "$data/revenue.csv" >"$out/revenue.csv"
}

# reorder FILE "col col …": the CSV's columns (named as the data folder names them) in the given table order.
reorder() {
  awk -F, -v order="$2" 'BEGIN { OFS = ","; n = split(order, want, " ") }
    NR == 1 { for (i = 1; i <= NF; i++) { name = $i; if (name == "from") name = "from_date"; if (name == "to") name = "to_date";
                if (name == "net_new_revenue_usd") name = "amount_usd"; at[name] = i } }
    { line = ""; for (j = 1; j <= n; j++) line = line (j > 1 ? "," : "") $(at[want[j]]); print line }' "$1"
}

# make_drop DATA OUT: a monthly drop: every 20th revenue row with its amount changed by a dollar (5 % of the revenue
# rows), the DPOR rows of those rows' customers and the partners those name; no individuals or passes (headers only).
make_drop() {
  local data=$1 out=$2
  mkdir -p "$out"
  awk -F, 'BEGIN { OFS = "," } NR == 1 { print; next } NR % 20 == 0 { $4 = sprintf("%.2f", $4 + 1); print }' "$data/revenue.csv" >"$out/revenue.csv"
  awk -F, 'NR == FNR { if (FNR > 1) want[$1] = 1; next } FNR == 1 || ($1 in want)' "$out/revenue.csv" "$data/dpor.csv" >"$out/dpor.csv"
  awk -F, 'NR == FNR { if (FNR > 1) want[$2] = 1; next } FNR == 1 || ($1 in want)' "$out/dpor.csv" "$data/partners.csv" >"$out/partners.csv"
  head -n 1 "$data/individuals.csv" >"$out/individuals.csv"
  head -n 1 "$data/exam_passes.csv" >"$out/exam_passes.csv"
}

# pg_load_script DIR: one transaction of \copy, every table of DIR in foreign-key order.
pg_load_script() {
  echo "BEGIN;"
  for table in partners customers individuals exam_passes dpor revenue; do
    columns=$(head -n 1 "$1/$table.csv" | sed -e 's/\bfrom\b/from_date/' -e 's/\bto\b/to_date/' -e 's/net_new_revenue_usd/amount_usd/')
    echo "\\copy $table ($columns) FROM '$1/$table.csv' WITH (FORMAT csv, HEADER true)"
  done
  echo "COMMIT;"
}

# sqlite_load_script DIR LIMIT_DB: one transaction of .import, the files' columns put in the table's order first (not timed).
sqlite_load_script() {
  echo "BEGIN;"
  for table in partners customers individuals exam_passes dpor revenue; do
    order=$(sqlite3 "$2" "SELECT group_concat(name, ' ') FROM pragma_table_info('$table')")
    reorder "$1/$table.csv" "$order" >"$1/$table.sqlite.csv"
    echo ".import --csv --skip 1 $1/$table.sqlite.csv $table"
  done
  echo "COMMIT;"
}

ttm_sql() {
  # Every partner's TTM revenue: qualifying products, months of the window, DPOR overlapping the month (SPEC §2).
  local next_month=$1
  cat <<SQL
SELECT d.partner_id, sum(r.amount_usd) AS ttm
FROM revenue r JOIN dpor d ON d.customer_id = r.customer_id
WHERE r.month >= '$window_first' AND r.month <= '$window_last' AND r.product IN ($qualifying)
  AND d.from_date < $next_month AND (d.to_date IS NULL OR d.to_date > r.month)
GROUP BY d.partner_id ORDER BY d.partner_id
SQL
}

# read_model_sql COLUMNS-STANDINGS COLUMNS-MEMBERSHIPS [postgres]: what evaluate --all must write at the least, written
# by the database itself: the published run's standings and memberships copied to a new run (every index and key
# maintained), then rolled back. On PostgreSQL a run writes into tables of its own and attaches them (indexed then, in one
# pass: src/Attain.Data/Store/Evaluation/RunTables.cs), so the limit does the same. With the TTM query it is the floor of
# an evaluation that keeps the read model.
read_model_sql() {
  local run="(SELECT max(id) FROM evaluation_runs)" published="(SELECT max(run_id) FROM partner_standings)"
  echo "BEGIN;"
  echo "INSERT INTO evaluation_runs (as_of, catalog_version_id, started_at_utc, partners, snapshots_recorded)"
  echo "  SELECT as_of, catalog_version_id, started_at_utc, partners, snapshots_recorded FROM evaluation_runs WHERE id = $published;"
  if [[ "${3:-}" == postgres ]]; then
    cat <<SQL
CREATE TABLE limit_standings (LIKE partner_standings INCLUDING DEFAULTS);
CREATE TABLE limit_memberships (LIKE partner_memberships INCLUDING DEFAULTS);
INSERT INTO limit_standings (run_id, $1) SELECT $run, $1 FROM partner_standings WHERE run_id = $published;
INSERT INTO limit_memberships (run_id, $2) SELECT $run, $2 FROM partner_memberships WHERE run_id = $published;
SELECT format('ALTER TABLE partner_standings ATTACH PARTITION limit_standings FOR VALUES IN (%s)', max(id)) FROM evaluation_runs \\gexec
SELECT format('ALTER TABLE partner_memberships ATTACH PARTITION limit_memberships FOR VALUES IN (%s)', max(id)) FROM evaluation_runs \\gexec
ANALYZE limit_standings;
ANALYZE limit_memberships;
SQL
  else
    cat <<SQL
INSERT INTO partner_standings (run_id, $1) SELECT $run, $1 FROM partner_standings WHERE run_id = $published;
INSERT INTO partner_memberships (run_id, $2) SELECT $run, $2 FROM partner_memberships WHERE run_id = $published;
SQL
  fi
  echo "ROLLBACK;"
}

results=()
drops=()
for n in $sizes; do
  data=$work/data-$n
  if [[ ! -f "$data/.complete" ]]; then
    echo "scale: generating $n partners into $data" >&2
    rm -rf "$data"
    timed "gen-$n" "$datagen" --partners "$n" --seed "$seed" --as-of "$as_of" --out "$data"
    touch "$data/.complete"
  fi
  rows=$(($(wc -l <"$data/revenue.csv") - 1))
  prepare_copy_files "$data" "$work/copy-$n"
  drop=$work/drop-$n
  rm -rf "$drop" && make_drop "$data" "$drop"
  prepare_copy_files "$drop" "$work/dropcopy-$n"
  drop_rows=$(cat "$drop"/*.csv | wc -l); drop_rows=$((drop_rows - 5))

  for store in $stores; do
    case $store in
      postgres)
        base=${ATTAIN_TEST_POSTGRES%%;Database=*}
        pg_host=$(sed -E 's/.*Host=([^;]+).*/\1/' <<<"$base"); pg_port=$(sed -E 's/.*Port=([^;]+).*/\1/' <<<"$base")
        pg_user=$(sed -E 's/.*Username=([^;]+).*/\1/' <<<"$base")
        pg=(psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user")
        for db in "attain_$n" "limit_$n"; do "${pg[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"; done
        store_db="$base;Database=attain_$n"

        echo "scale: N=$n postgres: import" >&2
        timed "pg-import-$n" "$attain" import "$data" --db "$store_db"
        # The limit loads into a schema-only copy of the store (same tables, keys, indexes, foreign keys).
        pg_dump -h "$pg_host" -p "$pg_port" -U "$pg_user" --schema-only "attain_$n" | "${pg[@]}" -d "limit_$n" >/dev/null
        pg_load_script "$work/copy-$n" >"$work/copy-$n/load.psql"
        echo "scale: N=$n postgres: \\copy" >&2
        timed "pg-copy-$n" "${pg[@]}" -d "limit_$n" -f "$work/copy-$n/load.psql"

        echo "scale: N=$n postgres: evaluate --all" >&2
        timed "pg-eval-$n" "$attain" evaluate --db "$store_db" --all --as-of "$as_of" --out "$work/report-pg-$n.csv"
        # Again, inputs unchanged: no snapshot to write, so this is reading and evaluating alone.
        timed "pg-again-$n" "$attain" evaluate --db "$store_db" --all --as-of "$as_of" --out "$work/report-pg-$n.csv"
        echo "COPY ($(ttm_sql "(r.month + interval '1 month')::date")) TO STDOUT" >"$work/ttm-pg.sql"
        timed "pg-sql-$n" "${pg[@]}" -d "attain_$n" -f "$work/ttm-pg.sql"
        pg_columns() { "${pg[@]}" -d "attain_$n" -At -c "SELECT string_agg(column_name, ', ' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = '$1' AND column_name <> 'run_id'"; }
        read_model_sql "$(pg_columns partner_standings)" "$(pg_columns partner_memberships)" postgres >"$work/read-model-pg.sql"
        timed "pg-write-$n" "${pg[@]}" -d "attain_$n" -f "$work/read-model-pg.sql"
        # The monthly drop into the populated store, and the loader putting the same rows into empty tables.
        echo "scale: N=$n postgres: monthly drop ($drop_rows rows)" >&2
        timed "pg-drop-$n" "$attain" import "$drop" --db "$store_db"
        "${pg[@]}" -d postgres -c "DROP DATABASE limit_$n" -c "CREATE DATABASE limit_$n"
        pg_dump -h "$pg_host" -p "$pg_port" -U "$pg_user" --schema-only "attain_$n" | "${pg[@]}" -d "limit_$n" >/dev/null
        pg_load_script "$work/dropcopy-$n" >"$work/dropcopy-$n/load.psql"
        timed "pg-dropcopy-$n" "${pg[@]}" -d "limit_$n" -f "$work/dropcopy-$n/load.psql"
        drops+=("| $n | postgres | $drop_rows | $(seconds "pg-drop-$n") | $(seconds "pg-dropcopy-$n") | $(ratio "$(seconds "pg-drop-$n")" "$(seconds "pg-dropcopy-$n")") | $(mib "pg-drop-$n") |")
        results+=("| $n | $rows | postgres | $(seconds "pg-import-$n") | $(seconds "pg-copy-$n") | $(ratio "$(seconds "pg-import-$n")" "$(seconds "pg-copy-$n")") | $(mib "pg-import-$n") | $(seconds "pg-eval-$n") | $(seconds "pg-sql-$n") | $(ratio "$(seconds "pg-eval-$n")" "$(seconds "pg-sql-$n")") | $(seconds "pg-again-$n") | $(ratio "$(seconds "pg-again-$n")" "$(seconds "pg-sql-$n")") | $(seconds "pg-write-$n") | $(ratio "$(seconds "pg-again-$n")" "$(awk -v a="$(seconds "pg-sql-$n")" -v b="$(seconds "pg-write-$n")" 'BEGIN { print a + b }')") | $(mib "pg-eval-$n") |")
        "${pg[@]}" -d postgres -c "DROP DATABASE limit_$n"
        ;;
      sqlite)
        db=$work/attain-$n.db; limit=$work/limit-$n.db
        rm -f "$db" "$limit"
        echo "scale: N=$n sqlite: import" >&2
        timed "sq-import-$n" "$attain" import "$data" --db "$db"
        sqlite3 "$db" .schema | grep -v '^CREATE TABLE sqlite_sequence' | sqlite3 "$limit"
        sqlite_load_script "$work/copy-$n" "$limit" >"$work/copy-$n/load.sqlite"
        echo "scale: N=$n sqlite: .import" >&2
        timed "sq-copy-$n" sqlite3 -bail "$limit" ".read $work/copy-$n/load.sqlite"

        echo "scale: N=$n sqlite: evaluate --all" >&2
        timed "sq-eval-$n" "$attain" evaluate --db "$db" --all --as-of "$as_of" --out "$work/report-sqlite-$n.csv"
        timed "sq-again-$n" "$attain" evaluate --db "$db" --all --as-of "$as_of" --out "$work/report-sqlite-$n.csv"
        ttm_sql "date(r.month, '+1 month')" >"$work/ttm-sqlite.sql"
        timed "sq-sql-$n" sqlite3 -bail "$db" ".read $work/ttm-sqlite.sql"
        sq_columns() { sqlite3 "$db" "SELECT group_concat(name, ', ') FROM pragma_table_info('$1') WHERE name <> 'run_id'"; }
        read_model_sql "$(sq_columns partner_standings)" "$(sq_columns partner_memberships)" >"$work/read-model-sqlite.sql"
        timed "sq-write-$n" sqlite3 -bail "$db" "PRAGMA foreign_keys = ON" ".read $work/read-model-sqlite.sql"
        echo "scale: N=$n sqlite: monthly drop ($drop_rows rows)" >&2
        timed "sq-drop-$n" "$attain" import "$drop" --db "$db"
        rm -f "$limit"
        sqlite3 "$db" .schema | grep -v '^CREATE TABLE sqlite_sequence' | sqlite3 "$limit"
        sqlite_load_script "$work/dropcopy-$n" "$limit" >"$work/dropcopy-$n/load.sqlite"
        timed "sq-dropcopy-$n" sqlite3 -bail "$limit" ".read $work/dropcopy-$n/load.sqlite"
        drops+=("| $n | sqlite | $drop_rows | $(seconds "sq-drop-$n") | $(seconds "sq-dropcopy-$n") | $(ratio "$(seconds "sq-drop-$n")" "$(seconds "sq-dropcopy-$n")") | $(mib "sq-drop-$n") |")
        results+=("| $n | $rows | sqlite | $(seconds "sq-import-$n") | $(seconds "sq-copy-$n") | $(ratio "$(seconds "sq-import-$n")" "$(seconds "sq-copy-$n")") | $(mib "sq-import-$n") | $(seconds "sq-eval-$n") | $(seconds "sq-sql-$n") | $(ratio "$(seconds "sq-eval-$n")" "$(seconds "sq-sql-$n")") | $(seconds "sq-again-$n") | $(ratio "$(seconds "sq-again-$n")" "$(seconds "sq-sql-$n")") | $(seconds "sq-write-$n") | $(ratio "$(seconds "sq-again-$n")" "$(awk -v a="$(seconds "sq-sql-$n")" -v b="$(seconds "sq-write-$n")" 'BEGIN { print a + b }')") | $(mib "sq-eval-$n") |")
        rm -f "$limit"
        ;;
      *) echo "scale: unknown store $store" >&2; exit 2 ;;
    esac
  done
  # Both stores must give the same verdicts for the same folder.
  if [[ -f "$work/report-pg-$n.csv" && -f "$work/report-sqlite-$n.csv" ]] && ! cmp -s "$work/report-pg-$n.csv" "$work/report-sqlite-$n.csv"; then
    echo "scale: N=$n: the PostgreSQL and SQLite reports differ" >&2; exit 1
  fi
done

table=$(
  echo "| partners | revenue rows | store | import s | loader s | import ÷ loader | import RSS MiB | evaluate --all s | TTM SQL s | evaluate ÷ SQL | again (no snapshots) s | again ÷ SQL | read model SQL s | again ÷ (TTM + read model SQL) | evaluate RSS MiB |"
  echo "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${results[@]}"
  echo
  echo "| partners | store | drop rows | drop import s | loader s (same rows, empty tables) | drop ÷ loader | drop RSS MiB |"
  echo "|---:|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${drops[@]}"
)
echo "$table" | tee "$work/results-$(date -u +%Y%m%dT%H%M%S).md"
