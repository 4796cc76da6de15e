package com.happinessscouter.leaderboard.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.leaderboard.Showcased;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankerTest {

	private static final String GUEST = "U1";

	private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

	private final Instant now = this.clock.instant();

	private final WeddingEvent party = new WeddingEvent("e1", "Reception", "A & B", this.now.minusSeconds(3600),
			this.now.plusSeconds(3600), true, false, null, null);

	@Test
	void recompute_picksTheHighestPower() {
		List<Showcased> left = List.of(photo("a", 500, 10), photo("b", 700, 20), photo("c", 600, 30));

		assertThat(Ranker.best(this.party, GUEST, left)).extracting(BoardTable.Entry::imageId).isEqualTo("b");
	}

	@Test
	void recompute_onATie_picksTheEarlierPhoto() {
		List<Showcased> left = List.of(photo("later", 700, 30), photo("earlier", 700, 10), photo("low", 100, 1));

		assertThat(Ranker.best(this.party, GUEST, left)).extracting(BoardTable.Entry::imageId).isEqualTo("earlier");
	}

	@Test
	void recompute_carriesThePhotosFiguresToTheBoard() {
		Showcased photo = photo("a", 500, 10);

		assertThat(Ranker.best(this.party, GUEST, List.of(photo)))
			.isEqualTo(new BoardTable.Entry(GUEST, photo.displayName(), 500, "a", photo.s3Key(), photo.sentAt()));
	}

	@Test
	void recompute_afterTheCountdown_countsPhotosSentUntilItEnded_only() {
		Instant ended = this.now.minusSeconds(60);
		WeddingEvent frozen = this.party.withCountdown(ended.minusSeconds(60), ended);
		Showcased atTheBuzzer = sentAt("buzzer", 500, ended);
		Showcased tooLate = sentAt("late", 900, ended.plusMillis(1));

		assertThat(Ranker.best(frozen, GUEST, List.of(tooLate, atTheBuzzer))).extracting(BoardTable.Entry::imageId)
			.isEqualTo("buzzer");
		assertThat(Ranker.best(frozen, GUEST, List.of(tooLate))).isNull();
		assertThat(Ranker.best(this.party, GUEST, List.of(tooLate, atTheBuzzer))).extracting(BoardTable.Entry::imageId)
			.isEqualTo("late");
	}

	@Test
	void recompute_withNoPhotoLeft_takesTheGuestOffTheBoard() {
		assertThat(Ranker.best(this.party, GUEST, List.of())).isNull();
	}

	@Test
	void boardOrder_putsHigherPowerFirst_andOnATieTheEarlierPhoto() {
		BoardTable.Entry high = entry("U2", 800, 50);
		BoardTable.Entry earlier = entry("U3", 700, 10);
		BoardTable.Entry later = entry("U1", 700, 20);

		assertThat(List.of(later, high, earlier).stream().map(BoardTable.Entry::rankKey).sorted().toList().reversed())
			.containsExactly(high.rankKey(), earlier.rankKey(), later.rankKey());
	}

	/** A photo of the guest sent {@code secondsIn} after the party started. */
	private Showcased photo(String imageId, long power, long secondsIn) {
		return sentAt(imageId, power, this.party.startsAt().plus(Duration.ofSeconds(secondsIn)));
	}

	private static Showcased sentAt(String imageId, long power, Instant sentAt) {
		return new Showcased(GUEST, imageId, "Grace", power, "photos/" + imageId + ".jpg", sentAt,
				Showcased.State.VISIBLE);
	}

	private BoardTable.Entry entry(String userId, long power, long secondsIn) {
		return new BoardTable.Entry(userId, "Guest " + userId, power, "m-" + userId, "photos/" + userId + ".jpg",
				this.party.startsAt().plus(Duration.ofSeconds(secondsIn)));
	}

}
