# Sourced by the load scripts after bench/app-jar.sh: the app as the image holds and starts it.
# Lays $APP_JAR out in target/app-image as docker/Dockerfile's COPYs do (app.jar + lib/) and
# makes its AOT cache there with docker/aot-train.sh, as the image's build does, with the JVM
# options it will run with: IMAGE_OPTIONS, the image's own (the Dockerfile's JAVA_TOOL_OPTIONS
# and its entry point's, in a 1 GB task) unless the script set it. Sets IMAGE_ENV to the
# Dockerfile's app settings (its ENV APP_...=... lines). Kept while the jar, the training
# script and the options are the same (bench/smoke.sh runs three scripts on one jar); the
# training takes about 35 s.
APP_IMAGE=target/app-image
IMAGE_OPTIONS="${IMAGE_OPTIONS:--XX:MaxRAM=1g $(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\(.*\)"$/\1/p' docker/Dockerfile) --enable-native-access=ALL-UNNAMED}"
IMAGE_ENV="$(sed -n 's/^ENV \(APP_[A-Z_]*=[^ ]*\)$/\1/p' docker/Dockerfile | paste -sd' ')"
image_stamp="$(stat -c '%n %s %Y' "$APP_JAR") $(cksum < docker/aot-train.sh) $IMAGE_OPTIONS"
if [[ ! -f "$APP_IMAGE/app.aot" || "$(cat "$APP_IMAGE/made-from" 2>/dev/null)" != "$image_stamp" ]]; then
  rm -rf "$APP_IMAGE" target/app-image-layers
  "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$APP_JAR" extract --layers --application-filename app.jar \
    --destination target/app-image-layers
  mkdir -p "$APP_IMAGE"
  for layer in dependencies spring-boot-loader snapshot-dependencies application; do
    cp -r "target/app-image-layers/$layer/." "$APP_IMAGE/"
  done
  # shellcheck disable=SC2086 # the options are words
  (cd "$APP_IMAGE" && PATH="$JAVA_HOME/bin:$PATH" sh ../../docker/aot-train.sh $IMAGE_OPTIONS)
  echo "$image_stamp" > "$APP_IMAGE/made-from"
fi
