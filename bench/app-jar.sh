# Sourced by the load scripts (from the project root): sets APP_JAR to the production jar,
# built into target/production/ from a copy of the sources (so that target/classes keeps
# Vaadin's development mode for the local run and the tests) unless APP_JAR names one, and
# writes the test classpath the scripts' JVM runs on to target/bench-classpath.txt.
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ -z "${APP_JAR:-}" ]; then
  rm -rf target/production && mkdir -p target/production/src
  cp -r pom.xml mvnw .mvn target/production/ && cp -r src/main target/production/src/
  rm -rf target/production/src/main/frontend/generated
  (cd target/production && ./mvnw -q -B -Pproduction -DskipTests -Dexec.skip -Dspring-javaformat.skip package)
  APP_JAR=$(ls target/production/target/happiness-scouter-*.jar)
fi
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
