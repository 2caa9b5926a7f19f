#!/usr/bin/env bash
# The load and soak harness (issue 9, item 10): the web app (Release) on a generated program in a SQLite store,
# driven by wrk with a mixed workload (bench/load.lua: partner evaluations, partners, what-if, summary, list)
# for a while, with a whole-program import posted with curl one after another meanwhile. Reports throughput,
# p50/p90/p99, errors, the imports' answers and times, and the server's RSS at start (after a warm-up), peak and end.
#
#   bench/load.sh                                   # 10k partners, 16 connections, 2 minutes
#   LOAD_PARTNERS=100000 LOAD_DURATION=10m bench/load.sh   # the soak
#   LOAD_MIX=100,0,0,0,0 bench/load.sh              # evaluations only (weights: evaluation,partner,whatif,summary,list)
#
# Needs wrk and curl (apt-get install -y wrk curl). Exits 1 when any request failed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
partners=${LOAD_PARTNERS:-10000}
duration=${LOAD_DURATION:-2m}
connections=${LOAD_CONNECTIONS:-16}
threads=${LOAD_THREADS:-2}
import_pause=${LOAD_IMPORT_PAUSE:-20}
# A free port by default: a fixed one may be held by another app on a shared machine, which would then be measured.
port=${LOAD_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
work=${LOAD_WORK:-${TMPDIR:-/tmp}/attain-load}
as_of=2026-11-25
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

for tool in wrk curl python3; do
  [[ -x "$(command -v "$tool")" ]] || { echo "load: $tool is missing (apt-get install -y wrk curl python3)" >&2; exit 1; }
done

echo "load: building the web app, attain and attain-datagen (Release)" >&2
for project in src/Attain.Web src/Attain.Cli bench/Attain.DataGen; do
  dotnet publish "$root/$project" -c Release -o "$work/bin/$(basename "$project")" --nologo -v quiet >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 1; }
done
attain=$work/bin/Attain.Cli/attain

data=$work/data-$partners
store=$work/store-$partners.db
drop=$work/drop-$partners.zip
if [[ ! -f "$store" ]]; then
  echo "load: generating $partners partners and importing them into $store" >&2
  rm -rf "$data" && "$work/bin/Attain.DataGen/attain-datagen" --partners "$partners" --as-of "$as_of" --out "$data" >&2
  "$attain" import "$data" --db "$store.tmp" >&2 && mv "$store.tmp" "$store"
  (cd "$data" && python3 -m zipfile -c "$drop" partners.csv individuals.csv exam_passes.csv dpor.csv revenue.csv)
fi

key=$work/signing-key
token=$("$attain" token --role operator --key "$key" --days 1)
log=$work/web.log
ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Attain="$store" Urls="http://127.0.0.1:$port" Auth__SigningKeyFile="$key" \
  Logging__LogLevel__Default=Warning dotnet "$work/bin/Attain.Web/Attain.Web.dll" --contentRoot "$work/bin/Attain.Web" >"$log" 2>&1 &
server=$!
importer=
cleanup() {
  [[ -n "$importer" ]] && kill "$importer" 2>/dev/null || true
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
}
trap cleanup EXIT

url=http://127.0.0.1:$port
for _ in $(seq 120); do
  curl -fsS -o /dev/null "$url/health/ready" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { echo "load: the web app did not start:" >&2; tail -n 20 "$log" >&2; exit 1; }
  sleep 1
done
kill -0 "$server" 2>/dev/null || { echo "load: the web app exited; another process answers on port $port:" >&2; tail -n 20 "$log" >&2; exit 1; }
rss() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$server/status"; }

# A store the app has not seen yet gets its read model from an evaluation job at start-up; the lists and the
# summary answer only once it has finished, and imports get 409 meanwhile: wait for it, it is not the load.
for _ in $(seq 900); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$url/api/program/summary")" == 200 ]] && break
  sleep 1
done
export LOAD_TOKEN=$token LOAD_PARTNERS=$partners
echo "load: warming up (15 s, not counted)" >&2
wrk -t"$threads" -c"$connections" -d15s -s "$root/bench/load.lua" "$url" >"$work/warmup.out"
rss_start=$(rss)

# Imports, one after another: the whole program again. An import answers 202 with the job that evaluates the
# program; the next one is posted when that job has finished (a second at once would be refused 409 by design).
# Each line: HTTP status, job state, seconds from upload to the job's end, the server's RSS MiB then.
imports=$work/imports.log
: >"$imports"
(
  while true; do
    started=$(date +%s.%N)
    code=$(curl -sS -o "$work/import-answer.json" -w "%{http_code}" -X POST -H "Authorization: Bearer $token" \
      -H "Content-Type: application/zip" --data-binary "@$drop" "$url/api/imports" || echo 000)
    state=none
    if [[ "$code" == 202 ]]; then
      job=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["id"])' "$work/import-answer.json")
      while state=$(curl -fsS -H "Authorization: Bearer $token" "$url/api/jobs/$job" \
          | python3 -c 'import json, sys; print(json.load(sys.stdin)["state"])'); do
        [[ "$state" == succeeded || "$state" == failed ]] && break
        sleep 1
      done
    fi
    # The server's RSS once each import and its job are done: a soak without growth keeps this flat from one to the next.
    echo "$code $state $(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') $(rss)" >>"$imports"
    sleep "$import_pause"
  done
) &
importer=$!

rss_log=$work/rss.log
: >"$rss_log"
( while kill -0 "$server" 2>/dev/null; do rss >>"$rss_log"; echo >>"$rss_log"; sleep 5; done ) &
sampler=$!

echo "load: $duration of the mixed workload, $connections connections, $partners partners" >&2
wrk -t"$threads" -c"$connections" -d"$duration" --timeout 30s --latency -s "$root/bench/load.lua" "$url" | tee "$work/wrk.out" >&2
kill "$importer" 2>/dev/null || true
wait "$importer" 2>/dev/null || true
importer=
sleep 2
# Stopping the loop may cut the last import short: it is left out of the figures (its job may still run).
rss_end=$(rss)
kill "$sampler" 2>/dev/null || true
rss_peak=$(sort -n "$rss_log" | tail -n 1)

load=$(grep '^LOAD ' "$work/wrk.out")
import_count=$(wc -l <"$imports")
import_failed=$(awk '$1 != 202 || $2 != "succeeded"' "$imports" | wc -l)
import_mean=$(awk '{ sum += $3 } END { if (NR) printf "%.1f", sum / NR; else print "n/a" }' "$imports")
server_errors=$(grep -c -E '^(fail|crit)' "$log" || true)
echo
echo "| partners | duration | connections | requests/s | p50 ms | p90 ms | p99 ms | errors (non-2xx) | imports (failed) | import + its job, mean s | server fail/crit log lines | RSS MiB start → peak → end |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$load"; }
echo "| $partners | $duration | $connections | $(field rps) | $(field p50_ms) | $(field p90_ms) | $(field p99_ms) | $(field errors) ($(field non2xx)) | $import_count ($import_failed) | $import_mean | $server_errors | $rss_start → $rss_peak → $rss_end |"
echo "load ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "RSS MiB after each import and its job: $(awk '{ printf "%s%s", (NR > 1 ? ", " : ""), $4 }' "$imports")"

[[ "$(field errors)" == 0 && "$import_failed" == 0 ]]
