package com.happinessscouter.reply;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param replyTokenMaxAge a reply token older than this is not used; the answer waits for
 * the guest's next message (or is pushed when an admin chose to push late results) (LINE:
 * valid about one minute, not guaranteed)
 * @param loadingSeconds how long LINE shows the loading animation (5-60, multiple of 5)
 */
@Validated
@ConfigurationProperties("app.reply")
public record ReplyProperties(@NotNull Duration replyTokenMaxAge, @Min(5) @Max(60) int loadingSeconds) {
}
