#!/bin/sh
# The JVM's AOT cache for the app extracted in the current directory (app.jar + lib/, as the
# image holds it): one training run writes ./app.aot (JDK 25: JEP 483 classes loaded and
# linked, JEP 514 in one step, JEP 515 method profiles). The app runs with --aot-train: it
# starts as in production but with every outside service pointed at a closed port (no AWS,
# no LINE, no emulator needed), serves its webhook warm-up's signed requests to itself, then
# exits; the JVM then writes the cache. Run by docker/Dockerfile and by bench/startup.sh, so
# both make the cache the same way. The run must use the JVM, the directory and the options
# it will run with (JAVA_TOOL_OPTIONS as set, plus these arguments).
# Usage: aot-train.sh [java options...]
set -eu
rm -f app.aot
if ! java "$@" -XX:AOTCacheOutput=app.aot -Xlog:aot=error -jar app.jar --aot-train --logging.level.root=WARN \
    --logging.level.com.happinessscouter.webhook.WebhookWarmUp=INFO --spring.main.banner-mode=off > aot-train.log 2>&1; then
  tail -n 40 aot-train.log
  exit 1
fi
grep -h -o "Webhook warmed up.*\|AOTCache creation.*" aot-train.log
rm -f aot-train.log
