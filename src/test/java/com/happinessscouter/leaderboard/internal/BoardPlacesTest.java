package com.happinessscouter.leaderboard.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.happinessscouter.leaderboard.Place;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BoardPlaces}: a guest's place from the event's rank keys and what was offered.
 */
class BoardPlacesTest {

	private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

	private static final String GUEST = "Ume";

	private final Map<String, String> board = Map.of("Ua", key("Ua", 700, 10), "Ub", key("Ub", 500, 20), "Uc",
			key("Uc", 300, 30));

	@Test
	void place_ofARankedGuest_countsThoseAheadAndEveryRankedGuest() {
		Map<String, String> withGuest = with(this.board, GUEST, key(GUEST, 600, 40));

		assertThat(BoardPlaces.place(withGuest, GUEST, List.of())).contains(new Place(2, 4));
		assertThat(BoardPlaces.place(withGuest, "Ua", List.of())).contains(new Place(1, 4));
		assertThat(BoardPlaces.place(withGuest, "Uc", List.of())).contains(new Place(4, 4));
	}

	@Test
	void place_onATie_putsTheEarlierPhotoAhead() {
		assertThat(BoardPlaces.place(this.board, GUEST, List.of(entry(GUEST, 500, 5)))).contains(new Place(2, 4));
		assertThat(BoardPlaces.place(this.board, GUEST, List.of(entry(GUEST, 500, 25)))).contains(new Place(3, 4));
	}

	@Test
	void place_ofAnOfferNotYetOnTheIndex_countsTheGuestOnce() {
		assertThat(BoardPlaces.place(this.board, GUEST, List.of(entry(GUEST, 800, 50)))).contains(new Place(1, 4));
		assertThat(BoardPlaces.place(Map.of(), GUEST, List.of(entry(GUEST, 100, 50)))).contains(new Place(1, 1));
	}

	@Test
	void place_keepsTheGuestsBetterBestOverALowerOffer() {
		Map<String, String> withGuest = with(this.board, GUEST, key(GUEST, 600, 40));

		assertThat(BoardPlaces.place(withGuest, GUEST, List.of(entry(GUEST, 200, 50)))).contains(new Place(2, 4));
	}

	@Test
	void place_ofAnOlderBestOnTheIndex_takesTheNewerHigherOffer() {
		Map<String, String> withGuest = with(this.board, GUEST, key(GUEST, 200, 40));

		assertThat(BoardPlaces.place(withGuest, GUEST, List.of(entry(GUEST, 650, 50), entry(GUEST, 400, 51))))
			.contains(new Place(2, 4));
	}

	@Test
	void place_ofAGuestNeitherOnTheBoardNorOffered_isEmpty() {
		assertThat(BoardPlaces.place(this.board, GUEST, List.of())).isEmpty();
	}

	private static Map<String, String> with(Map<String, String> board, String userId, String key) {
		Map<String, String> more = new HashMap<>(board);
		more.put(userId, key);
		return more;
	}

	private static String key(String userId, long power, int second) {
		return entry(userId, power, second).rankKey();
	}

	private static BoardTable.Entry entry(String userId, long power, int second) {
		return new BoardTable.Entry(userId, null, power, "img-" + second, "photos/" + userId, T0.plusSeconds(second));
	}

}
