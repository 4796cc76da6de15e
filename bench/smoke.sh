#!/usr/bin/env bash
# Every benchmark script at a tiny size, one after the other (.ci/run runs it after the tests;
# about 9.5 minutes here after the jar's build): each must run from a fresh clone and exit 0;
# its figures mean nothing. The production jar is built once and shared (APP_JAR). Prints each
# script's last lines and how long it took; a failing script prints its whole output and stops
# the run.
# Usage: bench/smoke.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/app-jar.sh
export APP_JAR
mkdir -p target/bench-smoke

smoke() {
  local name="$1"; shift
  local log="target/bench-smoke/$name.log" start=$SECONDS
  if ! env "$@" > "$log" 2>&1; then
    cat "$log"; echo "bench smoke: $name FAILED" >&2; exit 1
  fi
  echo "== $name ($((SECONDS - start)) s)"; grep -v '^WARNING' "$log" | tail -n 3
}

smoke analyzer bench/analyzer.sh
smoke reference-compare ROUNDS=2 WARMUP=1 bench/reference-compare.sh
smoke dashboard bench/dashboard.sh 50 2
smoke webhook-load WARM_UP_SECONDS=0 bench/webhook-load.sh 5 5 1000
smoke photo-load WARM_UP_GUESTS=0 bench/photo-load.sh 5 1 5
smoke photo-load-free-plan FREE_PLAN=1 WARM_UP_GUESTS=0 bench/photo-load.sh 5 1 5
smoke bomb-load bench/bomb-load.sh 2 2
smoke startup bench/startup.sh 1 10 100
echo "bench smoke: every script ran"
