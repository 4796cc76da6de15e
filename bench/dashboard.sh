#!/usr/bin/env bash
# Console benchmark: seeds guests and photos into fresh emulators (no web server) and prints
# the server-side time of the dashboard, the sorted guest grid and a guest's page, with every
# AWS call counted by operation (no Scan).
# Usage: bench/dashboard.sh [guests=10000] [photos-per-guest=10]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -Xmx768m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  com.happinessscouter.bench.DashboardBenchmark "${1:-10000}" "${2:-10}"
