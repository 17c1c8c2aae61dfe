#!/usr/bin/env bash
# The HTTP budget of DESIGN §6: POST /api/v1/recommendations with wrk on
# loopback, 64 keep-alive connections for 10 s. Budget: >= 30,000 req/s,
# p99 < 10 ms, no errors, server RSS < 50 MB.
#   bench/http_bench.sh [path/to/stackwise]   (default: the `make build` binary)
#   SCRIPT=recommendations_varied bench/http_bench.sh   a new profile per request
# Builds the binary first when it is missing; prints wrk's report and the
# server's peak RSS (VmHWM). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${1:-build/src/cli/stackwise}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-10s}
SERVE_ARGS=${SERVE_ARGS:-}
SCRIPT=bench/wrk/${SCRIPT:-recommendations}.lua

if [[ ! -x "$BIN" ]]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF >/dev/null
  cmake --build build --target stackwise
fi
command -v wrk >/dev/null || { echo "wrk is not installed (tools/install-deps --test)"; exit 1; }

work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
"$BIN" serve --host 127.0.0.1 --port 0 --db "$work/bench.db" $SERVE_ARGS >"$work/out" 2>/dev/null &
server=$!
for _ in $(seq 100); do
  grep -q "serving on" "$work/out" && break
  sleep 0.1
done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/out")
echo "server pid $server at $url"

# Warm up, then measure.
wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -s "$SCRIPT" "$url" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$SCRIPT" "$url"
echo "server RSS: $(grep -E 'VmHWM|VmRSS' /proc/$server/status | tr -s ' \t' ' ' | paste -sd ', ')"
