#!/usr/bin/env bash
# Start-up: the app as the container holds it (the production jar extracted into
# target/startup-app as docker/Dockerfile's COPYs lay it out, its AOT cache made by
# docker/aot-train.sh, the Dockerfile's JVM options in a 1 GB task) is started RUNS times
# in each of four variants: with and without the AOT cache, with the webhook warm-up of
# 1,000 rounds and without. Each time: JVM start to readiness UP, the first guests' acks
# (each guest adds the bot, then sends a photo; one request every PACE ms), RSS. The
# emulators, the simulated LINE platform and a simulated Rekognition run in this script's JVM.
# Usage: bench/startup.sh [runs=3] [acks=100] [pace-ms=100]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/app-jar.sh
APP_DIR=target/startup-app
rm -rf "$APP_DIR" target/startup-layers
"$JAVA_HOME/bin/java" -Djarmode=tools -jar "$APP_JAR" extract --layers --application-filename app.jar \
  --destination target/startup-layers
mkdir -p "$APP_DIR"
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
  cp -r "target/startup-layers/$layer/." "$APP_DIR/"
done
# the container's options: the Dockerfile's JAVA_TOOL_OPTIONS and its entry point's own
OPTIONS="-XX:MaxRAM=1g $(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\(.*\)"$/\1/p' docker/Dockerfile) --enable-native-access=ALL-UNNAMED"
(cd "$APP_DIR" && PATH="$JAVA_HOME/bin:$PATH" sh ../../docker/aot-train.sh $OPTIONS)
"$JAVA_HOME/bin/java" -Xmx768m -XX:+UseZGC -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  -Dstartup.dir="$APP_DIR" -Dstartup.java-options="$OPTIONS" \
  com.happinessscouter.bench.Startup "${1:-3}" "${2:-100}" "${3:-100}"
