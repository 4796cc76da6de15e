#!/usr/bin/env bash
# Webhook load benchmark: starts the local app (emulators, offline model, simulated LINE)
# with throw-away data, posts signed webhook events from N concurrent guests for S seconds,
# and prints ack latency p50/p99, throughput and the app's RSS.
# Usage: bench/webhook-load.sh [guests=200] [seconds=30] [pause-ms-between-a-guest's-events=1000]
# WARM_UP_SECONDS: the same load before the measured one, not counted (60; 0: none).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
GUESTS="${1:-200}"
SECONDS_="${2:-30}"
PAUSE="${3:-1000}"
PORT=18080

./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
DATA="$(mktemp -d)"
"$JAVA" -Xmx512m --add-modules=jdk.incubator.vector -cp "$CP" -Dapp.local.data-dir="$DATA" com.happinessscouter.LocalHappinessScouter \
  --server.port=$PORT --logging.level.root=WARN ${APP_ARGS:-} > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do
  kill -0 $APP 2>/dev/null || { cat "$DATA/app.log"; exit 1; }
  sleep 1
done
echo "app up (pid $APP); RSS before: $(grep VmRSS /proc/$APP/status | awk '{print $2/1024 " MB"}')"
"$JAVA" -cp "$CP" -Dwebhook-load.warm-up-seconds="${WARM_UP_SECONDS:-60}" com.happinessscouter.bench.WebhookLoad "http://localhost:$PORT/callback" \
  local-simulator-channel-secret "$GUESTS" "$SECONDS_" "$PAUSE"
echo "app RSS after: $(grep VmRSS /proc/$APP/status | awk '{print $2/1024 " MB"}'), peak (VmHWM): $(grep VmHWM /proc/$APP/status | awk '{print $2/1024 " MB"}')"
