package com.happinessscouter.leaderboard;

import java.time.Duration;

import jakarta.validation.Valid;
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
 * instances' scores, the hosts' mode and reveal appear within this)
 * @param show the reception show: photo wall and final reveal
 */
@Validated
@ConfigurationProperties("app.leaderboard")
public record LeaderboardProperties(@Min(1) @Max(50) int top, @Min(0) @Max(40) int recent, @NotNull Duration refresh,
		@NotNull @Valid Show show) {

	/**
	 * The reception show.
	 *
	 * @param mode what a screen shows until a host switches it
	 * @param ranking in "alternate": how long the ranking stays
	 * @param wall in "alternate": how long the photo wall stays
	 * @param wallPage how long one page of the wall stays
	 * @param wallPhotos photos on one page of the wall
	 * @param revealPlaces the reveal shows places N to 1 (at most {@code top})
	 * @param revealStep a timed reveal shows the next place after this
	 */
	public record Show(@NotNull ShowMode mode, @NotNull Duration ranking, @NotNull Duration wall,
			@NotNull Duration wallPage, @Min(1) @Max(24) int wallPhotos, @Min(1) @Max(50) int revealPlaces,
			@NotNull Duration revealStep) {
	}

}
