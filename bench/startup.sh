#!/usr/bin/env bash
# Start-up: the app as the container holds it (bench/app-image.sh: the production jar laid
# out as docker/Dockerfile's COPYs do, its AOT cache made by docker/aot-train.sh, the
# Dockerfile's JVM options in a 1 GB task) is started RUNS times in each of six variants:
# without the AOT cache (webhook warm-up of 1,000 rounds, none) and with it (1,000, 100 as the
# image, 100 with the JIT's optimizing compiler at normal priority, none). Each time: JVM start to readiness UP, the first guests' acks (each guest adds
# the bot, then sends a photo; one request every PACE ms), RSS. The emulators, the simulated
# LINE platform and a simulated Rekognition run in this script's JVM. VARIANTS picks other
# starts, as "cache:100 no-cache:0 cache:100:scoring.compiler-nice=0" (AOT cache or none,
# warm-up rounds, any app settings).
# Usage: [VARIANTS=...] bench/startup.sh [runs=3] [acks=100] [pace-ms=100]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/app-jar.sh
source bench/app-image.sh
"$JAVA_HOME/bin/java" -Xmx768m -XX:+UseZGC -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  -Dstartup.dir="$APP_IMAGE" -Dstartup.java-options="$IMAGE_OPTIONS" \
  ${VARIANTS:+-Dstartup.variants="$VARIANTS"} \
  com.happinessscouter.bench.Startup "${1:-3}" "${2:-100}" "${3:-100}"
