package com.happinessscouter.leaderboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.leaderboard.ShowState.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShowStateTest {

	private static final Duration RANKING = Duration.ofSeconds(40);

	private static final Duration WALL = Duration.ofSeconds(20);

	private static final Duration STEP = Duration.ofSeconds(5);

	/** A minute boundary: a turn of 40 s + 20 s starts here. */
	private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

	private final Instant now = this.clock.instant();

	private final WeddingEvent live = new WeddingEvent("e1", "Reception", "A & B", this.now.minusSeconds(3600),
			this.now.plusSeconds(3600), true, false, null, null);

	private final Instant ended = this.now.minusSeconds(60);

	private final WeddingEvent over = this.live.withCountdown(this.ended.minusSeconds(60), this.ended);

	@Test
	void alternate_showsTheRankingThenTheWall_onTheWallClock() {
		ShowState show = new ShowState(ShowMode.ALTERNATE, null);

		assertThat(stage(show, this.live, 0)).isEqualTo(Stage.RANKING);
		assertThat(stage(show, this.live, 39)).isEqualTo(Stage.RANKING);
		assertThat(stage(show, this.live, 40)).isEqualTo(Stage.WALL);
		assertThat(stage(show, this.live, 59)).isEqualTo(Stage.WALL);
		assertThat(stage(show, this.live, 60)).isEqualTo(Stage.RANKING);
	}

	@Test
	void modes_rankingOrWallOnly_andNoPhotosMeansTheRanking() {
		assertThat(stage(new ShowState(ShowMode.WALL, null), this.live, 0)).isEqualTo(Stage.WALL);
		assertThat(stage(new ShowState(ShowMode.RANKING, null), this.live, 45)).isEqualTo(Stage.RANKING);
		assertThat(new ShowState(ShowMode.WALL, null).stage(this.live, this.now, false, RANKING, WALL))
			.isEqualTo(Stage.RANKING);
	}

	@Test
	void afterTheCountdown_theScreensWaitForTheReveal_thenReveal() {
		assertThat(stage(new ShowState(ShowMode.RANKING, null), this.over, 0)).isEqualTo(Stage.WAITING);
		Reveal reveal = new Reveal(this.ended, false, this.now, 0);

		assertThat(stage(new ShowState(ShowMode.RANKING, reveal), this.over, 0)).isEqualTo(Stage.REVEAL);
	}

	@Test
	void aRevealOfAnEarlierCountdown_isVoid() {
		Reveal old = new Reveal(this.ended.minusSeconds(3600), false, this.now, 3);

		assertThat(stage(new ShowState(ShowMode.WALL, old), this.over, 0)).isEqualTo(Stage.WAITING);
		assertThat(new ShowState(ShowMode.WALL, old).revealOf(this.over, this.now)).isNull();
	}

	@Test
	void timedReveal_bringsOutAPlaceEveryStep_lowestFirst_upToTheWinner() {
		Reveal reveal = new Reveal(this.ended, true, this.now, 0);

		assertThat(reveal.revealed(this.now, 10, STEP)).isZero();
		assertThat(reveal.revealed(this.now.plusSeconds(4), 10, STEP)).isZero();
		assertThat(reveal.revealed(this.now.plusSeconds(5), 10, STEP)).isEqualTo(1);
		assertThat(reveal.revealed(this.now.plusSeconds(49), 10, STEP)).isEqualTo(9);
		assertThat(reveal.revealed(this.now.plusSeconds(50), 10, STEP)).isEqualTo(10);
		assertThat(reveal.revealed(this.now.plusSeconds(600), 10, STEP)).isEqualTo(10);
	}

	@Test
	void hostPacedReveal_bringsOutAPlacePerPress_neverPastTheRanked() {
		assertThat(new Reveal(this.ended, false, this.now, 0).revealed(this.now.plusSeconds(600), 10, STEP)).isZero();
		assertThat(new Reveal(this.ended, false, this.now, 3).revealed(this.now, 10, STEP)).isEqualTo(3);
		assertThat(new Reveal(this.ended, false, this.now, 7).revealed(this.now, 4, STEP)).isEqualTo(4);
	}

	private Stage stage(ShowState show, WeddingEvent event, long seconds) {
		return show.stage(event, this.now.plusSeconds(seconds), true, RANKING, WALL);
	}

}
