#!/usr/bin/env bash
# The wedding-day burst: GUESTS guests x PHOTOS photos within SECONDS s. The app runs as its
# own JVM exactly as the image starts it (bench/app-image.sh: the production jar, built here
# into target/production/ unless APP_JAR names one, laid out as the image holds it, with its
# AOT cache, the Dockerfile's JVM options in a 1 GB task and its settings), with the offline
# face model; this script's JVM holds dynalite and S3Mock (child processes), the simulated
# LINE platform and the load generator. Prints ack latency, photo-to-answer time, answered
# counts, and the app's RSS (when ready, before the burst, peak) and CPU use. With
# -XX:NativeMemoryTracking=summary in APP_JAVA_OPTS it also writes the app's native memory
# summary when ready and after the burst (target/photo-load-nmt-*.txt).
# Runs from a fresh clone (it builds what it needs).
# Usage: bench/photo-load.sh [guests=200] [photos=3] [seconds=60] [app settings, e.g. --app.scoring.max-concurrent=1]
# APP_JAVA_OPTS: the app's JVM options instead of the image's (the AOT cache is made with them).
# AOT_CACHE=off: the image without its AOT cache (the cache is made all the same).
# WARM_UP_GUESTS: guests whose photos (within 20 s, not counted) come before the burst (10; 0: none).
# This script's JVM (the sender, the simulated LINE platform) runs ZGC so that its own GC
# pauses stay out of the acks it times; the app keeps the container's G1.
# ANALYZER=rekognition: the production shape, a simulated Rekognition (400 ms a photo, 5 a
# second) instead of the offline model on the app's own cores.
# FREE_PLAN=1: the free-plan mode of issue #19 (the month's 200 messages used up; the
# production shape unless ANALYZER says otherwise): each guest taps 結果を見る once when told
# to wait; prints scores on the photo's own token / on the follow-up / pushed / never and
# the time from photo to score (p50/p99). 600 photos from 200 guests in 60 s: bench/photo-load.sh
if [[ -n "${FREE_PLAN:-}" ]]; then ANALYZER="${ANALYZER:-rekognition}"; fi
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/app-jar.sh
IMAGE_OPTIONS="${APP_JAVA_OPTS:-}"
source bench/app-image.sh
"$JAVA_HOME/bin/java" -Xmx768m -XX:+UseZGC -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  -Dphoto-load.image="$APP_IMAGE" -Dphoto-load.java-options="$IMAGE_OPTIONS" -Dphoto-load.environment="$IMAGE_ENV" \
  -Dphoto-load.analyzer="${ANALYZER:-offline}" -Dphoto-load.free-plan="${FREE_PLAN:+true}" \
  -Dphoto-load.warm-up-guests="${WARM_UP_GUESTS:-10}" -Dphoto-load.aot-cache="${AOT_CACHE:-on}" \
  com.happinessscouter.bench.PhotoLoad "${1:-200}" "${2:-3}" "${3:-60}" "${@:4}"
