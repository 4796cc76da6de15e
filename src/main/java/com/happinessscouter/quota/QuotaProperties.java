package com.happinessscouter.quota;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Quota polling and throttle defaults.
 *
 * @param pollInterval how often LINE's quota is read (one instance polls per interval)
 * @param pushReserve pushes are only sent while more than this many remain
 * @param refresh how long an instance keeps the switch and figures before reading them
 * again
 * @param zone LINE's month boundary
 */
@Validated
@ConfigurationProperties("app.quota")
public record QuotaProperties(@NotNull Duration pollInterval, @Min(0) long pushReserve, @NotNull Duration refresh,
		@NotNull ZoneId zone) {

}
