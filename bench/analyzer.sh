#!/usr/bin/env bash
# Offline analyzer benchmark: latency p50/p95 (1-face, 5-face 1920 px, 12 MP photos; one and
# two threads) and peak heap, inside a 256 MB heap.
# Usage: bench/analyzer.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -Xmx256m --add-modules=jdk.incubator.vector -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  com.happinessscouter.scoring.offline.AnalyzerBenchmark
