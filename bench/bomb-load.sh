#!/usr/bin/env bash
# The decompression-bomb run: BOMBS hostile photos of every kind (huge declared sizes, huge
# segments and chunks) sent at once while NORMAL ordinary photos keep coming, one a second.
# The app runs as its own JVM from the production jar (built here into target/production/
# unless APP_JAR names one) in the container's shape (the Dockerfile's JVM options, a 1 GB
# task), with the offline face model. Prints the app's RSS peak, how every bomb and every
# normal photo was answered, and restarts.
# Usage: bench/bomb-load.sh [bombs=20] [normal=20]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/app-jar.sh
"$JAVA_HOME/bin/java" -Xmx768m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  -Dbomb-load.jar="$APP_JAR" -Dbomb-load.java-options="${APP_JAVA_OPTS:--XX:MaxRAM=1g $(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\(.*\)"$/\1/p' docker/Dockerfile)}" \
  com.happinessscouter.bench.BombLoad "${1:-20}" "${2:-20}"
