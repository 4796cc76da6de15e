#!/usr/bin/env bash
# The wedding-day burst: GUESTS guests x PHOTOS photos within SECONDS s against the local stack
# (app with the offline model + simulated LINE in one JVM, dynalite and S3Mock as child
# processes). Prints ack latency, photo-to-answer time, answered counts and RSS.
# Usage: bench/photo-load.sh [guests=200] [photos=3] [seconds=60] [app settings, e.g. --app.scoring.max-concurrent=1]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" ${JAVA_OPTS:--Xmx512m -XX:+UseSerialGC} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  com.happinessscouter.bench.PhotoLoad "${1:-200}" "${2:-3}" "${3:-60}" "${@:4}"
