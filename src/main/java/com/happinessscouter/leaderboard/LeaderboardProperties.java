package com.happinessscouter.leaderboard;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The big screen.
 *
 * @param top how many guests the board shows
 * @param recent how many photos the "latest smiles" strip cycles
 * @param refresh how often an instance re-reads the board of an open screen (other
 * instances' scores appear within this)
 */
@Validated
@ConfigurationProperties("app.leaderboard")
public record LeaderboardProperties(@Min(1) @Max(50) int top, @Min(0) @Max(40) int recent, @NotNull Duration refresh) {
}
