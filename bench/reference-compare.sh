#!/usr/bin/env bash
# Side by side with face-api.js (issue #21): the reference library, @vladmandic/face-api 1.7.15
# in Node, and our JVM port (scoring.offline) on the same photos as bench/analyzer.sh (1 face
# 512x512; 5 faces 1920x1080), the same detector input size and score threshold, on this
# machine, one after the other in one run. Both sides are timed from the same decoded RGB
# pixels to the expressions: the JVM decodes each JPEG once (not timed) and writes the pixels
# to target/reference-compare/; Node reads them into a tf.tensor3d once (not timed).
# Prints per photo p50/p95 and photos/s on 1 and 2 threads, checks that both found the same
# faces (boxes within 0.1 px, scores and expression shares within 1e-3; exit 1 otherwise,
# naming the largest difference) and ends with `jvm/js p50 ratio (1 thread, 1920 px, 5 faces): R`.
#
# face-api.js runs on the tfjs 4.22 WASM backend with SIMD, its fastest backend installable
# from the npm registry here: the native backend, @tensorflow/tfjs-node, fails to install (its
# install script downloads the TensorFlow C library from outside the registry). WASM threads
# are off in Node (tfjs disables them; forced on, its pthread workers fail to start), so the
# JavaScript side's "2 threads" are 2 processes of one thread each, the JVM's 2 threads of one
# JVM. The npm packages are pinned by bench/node/package-lock.json and installed into
# bench/node/node_modules (git-ignored) when it changes.
#
# Usage: bench/reference-compare.sh                (30 timed runs per thread after 10 warm-up)
#        ROUNDS=3 bench/reference-compare.sh       (CI smoke: checks it works, figures mean nothing)
# Optional: WARMUP (warm-up runs, default min(10, ROUNDS)), INPUT_SIZE (default: the
# app.scoring.offline-input-size of application.yml). Needs node and npm (Node 18 or later).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
ROUNDS="${ROUNDS:-30}"
WARMUP="${WARMUP:-$((ROUNDS < 10 ? ROUNDS : 10))}"
INPUT_SIZE="${INPUT_SIZE:-$(sed -n 's/^ *offline-input-size: *\([0-9][0-9]*\).*/\1/p' src/main/resources/application.yml)}"
OUT=target/reference-compare

# The whole run (build and timing) holds the build lock shared by everyone working on this
# machine, where there is one, so the figures come from a quiet machine.
if command -v flock >/dev/null && [ -z "${HAPPINESS_BUILD_LOCK_HELD:-}" ]; then
  exec env HAPPINESS_BUILD_LOCK_HELD=1 flock /tmp/happiness-build.lock "$0" "$@"
fi
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test

if ! cmp -s bench/node/package-lock.json bench/node/node_modules/.installed-lock; then
  (cd bench/node && npm ci --no-audit --no-fund --loglevel=error >&2 && cp package-lock.json node_modules/.installed-lock)
fi

rm -rf "$OUT"
"$JAVA_HOME/bin/java" -Xmx256m --add-modules=jdk.incubator.vector -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  com.happinessscouter.scoring.offline.ReferenceCompareBenchmark "$OUT" "$ROUNDS" "$WARMUP" "${INPUT_SIZE:-416}"
node bench/node/faceapi-side.cjs "$OUT"
node bench/node/compare.cjs "$OUT"
