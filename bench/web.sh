#!/usr/bin/env bash
# The web benchmark (issue 8): p95 latency of the operator's list, summary and dashboard on a generated program.
# Generates N partners (bench/Attain.DataGen), imports them with `attain import` into a SQLite store (or the
# PostgreSQL store in WEB_BENCH_DB), evaluates the program once with `attain evaluate --all` (which stores the
# evaluation lists read), starts the web app (Release) on the store, then sends each request REQUESTS times,
# one at a time, after WARMUP untimed ones, and prints min, median, p95 and max per endpoint.
#
#   bench/web.sh                      # N = 10000, 50 requests each
#   bench/web.sh 100000 100           # N, requests
#   WEB_BENCH_DB="Host=…;Database=…" bench/web.sh 100000
#   WEB_BENCH_EVALUATE=0 …            # the evaluation already stored, not evaluated again
#
# Measured with curl's time_total (connection included), so the figures are what a client sees.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-10000}
requests=${2:-50}
warmup=${WEB_BENCH_WARMUP:-5}
work=${WEB_BENCH_WORK:-${TMPDIR:-/tmp}/attain-web-bench}
as_of=${WEB_BENCH_AS_OF:-2026-11-25}
# A free port by default: a fixed one may be held by another app on a shared machine, which would then be measured.
port=${WEB_BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "web-bench: building attain, attain-datagen and the web app (Release)" >&2
for project in src/Attain.Cli bench/Attain.DataGen src/Attain.Web; do
  dotnet publish "$root/$project" -c Release -o "$work/bin/$(basename "$project")" --nologo -v quiet >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 1; }
done
attain=$work/bin/Attain.Cli/attain

data=$work/data-$n
if [[ ! -f "$data/revenue.csv" ]]; then
  echo "web-bench: generating $n partners" >&2
  "$work/bin/Attain.DataGen/attain-datagen" --partners "$n" --as-of "$as_of" --out "$data" >/dev/null
fi

db=${WEB_BENCH_DB:-$work/attain-$n.db}
if [[ -z "${WEB_BENCH_DB:-}" && ! -f "$db" ]]; then
  echo "web-bench: importing into $db" >&2
  "$attain" import "$data" --db "$db" >/dev/null 2>"$work/import.err"
fi
# WEB_BENCH_EVALUATE=0 measures the evaluation already stored (again, without minutes of evaluating at 1M).
if [[ ${WEB_BENCH_EVALUATE:-1} != 0 ]]; then
  echo "web-bench: attain evaluate --all (stores the evaluation lists read)" >&2
  start=$(date +%s.%N)
  "$attain" evaluate --all --db "$db" --as-of "$as_of" --out "$work/report.csv" >/dev/null 2>"$work/evaluate.err"
  echo "web-bench: evaluate --all took $(echo "$(date +%s.%N) - $start" | bc) s" >&2
fi

key=$work/signing-key
token=$("$attain" token --role operator --key "$key")
# The app's clock is today; the stored evaluation is as of $as_of, which every list answers for without asOf.
ConnectionStrings__Attain=$db Auth__SigningKeyFile=$key Urls=http://127.0.0.1:$port ASPNETCORE_ENVIRONMENT=Production \
  Logging__LogLevel__Default=Warning "$work/bin/Attain.Web/Attain.Web" >"$work/web.log" 2>&1 &
web=$!
trap 'kill $web 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  sleep 0.5
done
kill -0 "$web" 2>/dev/null || { echo "web-bench: the web app exited; another process answers on port $port:" >&2; tail -n 20 "$work/web.log" >&2; exit 1; }

# A common search (the start of the first name, which most generated names share) and a rare one (one partner's id).
search=$(sed -n 2p "$data/partners.csv" | cut -d, -f2 | cut -c1-5)
rare=$(sed -n "$((n / 2 + 1))p" "$data/partners.csv" | cut -d, -f1)
endpoints=(
  "/api/partners?pageSize=50"
  "/api/partners?level=silver&market=developing&pageSize=50"
  "/api/partners?atRisk=true&sort=lapseOn&pageSize=50"
  "/api/partners?search=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$search")&pageSize=50"
  "/api/partners?search=$rare&pageSize=50"
  "/api/partners?sort=-ttmRevenueUsd&page=100&pageSize=50"
  "/api/program/summary"
  "/dashboard"
)

printf '\n| endpoint (N=%s, %s requests) | min ms | median ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n' "$n" "$requests"
for endpoint in "${endpoints[@]}"; do
  url="http://127.0.0.1:$port$endpoint"
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$url")
  [[ $status == 200 ]] || { echo "web-bench: $endpoint answered $status" >&2; tail -n 20 "$work/web.log" >&2; exit 1; }
  for _ in $(seq 1 "$warmup"); do curl -s -o /dev/null -H "Authorization: Bearer $token" "$url"; done
  for _ in $(seq 1 "$requests"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$url"
  done | python3 -c '
import sys, math
times = sorted(float(line) * 1000 for line in sys.stdin if line.strip())
p95 = times[max(0, math.ceil(0.95 * len(times)) - 1)]
print("| `%s` | %.1f | %.1f | %.1f | %.1f |" % (sys.argv[1], times[0], times[len(times) // 2], p95, times[-1]))
' "$endpoint"
done
