package com.happinessscouter.tables;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Table teams.
 *
 * @param minMembers a table is ranked once this many of its guests have a scored photo
 * @param shown how many tables the big screen's table ranking shows
 * @param refresh how long an instance keeps an event's table ranking before computing it
 * again (the big screens poll every second)
 */
@Validated
@ConfigurationProperties("app.tables")
public record TablesProperties(@Min(1) int minMembers, @Min(1) int shown, @NotNull Duration refresh) {
}
