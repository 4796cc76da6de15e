package com.happinessscouter.bench;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.happinessscouter.simulator.SimulatorLedger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FreePlanTallyTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

	private static final String FLEX = "{\"type\":\"flex\"}";

	private static final String WAIT = "{\"type\":\"text\",\"text\":\"受け付けました — 3人待ち、約12秒。『結果を見る』をタップしてね\","
			+ "\"quickReply\":{\"items\":[{\"action\":{\"type\":\"message\",\"label\":\"結果を見る\",\"text\":\"結果を見る\"}}]}}";

	@Test
	void waitSeconds_areReadFromTheJapaneseAndEnglishTexts() {
		assertThat(FreePlanTally.waitSeconds("受け付けました — 12人待ち、約34秒。『結果を見る』をタップしてね")).hasValue(34);
		assertThat(FreePlanTally.waitSeconds("まだ3人待ち、約5秒です。")).hasValue(5);
		assertThat(FreePlanTally.waitSeconds("Got it — 2 ahead of you, about 7 s. Tap “See results” then."))
			.hasValue(7);
		assertThat(FreePlanTally.waitSeconds("以上、お待たせした結果です！")).isEmpty();
		assertThat(FreePlanTally.waitSeconds(null)).isEmpty();
	}

	@Test
	void asksToTap_onlyWithTheSeeResultsButton() {
		assertThat(FreePlanTally.asksToTap(json(WAIT))).isTrue();
		assertThat(FreePlanTally.asksToTap(json("{\"type\":\"text\",\"text\":\"hi\"}"))).isFalse();
	}

	@Test
	void scores_onTheirOwnToken_onTheNextPhotosToken_andOnTheTap_areToldApart_withTheirTimes() {
		List<FreePlanTally.SentPhoto> photos = List.of(photo("p1", 0), photo("p2", 10), photo("p3", 20));
		// p1 answered at once; p2 told to wait; p3's reply carries p2's score, then its
		// own
		List<SimulatorLedger.Reply> own = List.of(reply(3, FLEX), reply(11, WAIT), reply(25, FLEX, FLEX));

		FreePlanTally.Tally tally = FreePlanTally.of(photos, own, List.of(), List.of());

		assertThat(tally)
			.extracting(FreePlanTally.Tally::ownToken, FreePlanTally.Tally::followUp, FreePlanTally.Tally::pushed,
					FreePlanTally.Tally::never)
			.containsExactly(2, 1, 0, 0);
		assertThat(tally.millis()).containsExactlyInAnyOrder(3_000L, 5_000L, 15_000L);
	}

	@Test
	void aScoreThatNeverCame_isCountedAsNever_andAPushAsPushed() {
		List<FreePlanTally.SentPhoto> photos = List.of(photo("p1", 0), photo("p2", 1), photo("p3", 2));
		List<SimulatorLedger.Reply> own = Arrays.asList(reply(1, WAIT), reply(2, WAIT), null);
		List<SimulatorLedger.Reply> taps = List.of(reply(20, FLEX, "{\"type\":\"text\",\"text\":\"以上\"}"));

		FreePlanTally.Tally tally = FreePlanTally.of(photos, own, taps, List.of(T0.plusSeconds(30)));

		assertThat(tally)
			.extracting(FreePlanTally.Tally::ownToken, FreePlanTally.Tally::followUp, FreePlanTally.Tally::pushed,
					FreePlanTally.Tally::never)
			.containsExactly(0, 1, 1, 1);
		assertThat(tally.millis()).containsExactly(20_000L, 29_000L);
		assertThat(tally.plus(tally).sortedNanos()).containsExactly(20_000_000_000L, 20_000_000_000L, 29_000_000_000L,
				29_000_000_000L);
	}

	private static FreePlanTally.SentPhoto photo(String token, int second) {
		return new FreePlanTally.SentPhoto(token, T0.plusSeconds(second));
	}

	private static SimulatorLedger.Reply reply(int second, String... messages) {
		return new SimulatorLedger.Reply(T0.plusSeconds(second), json("[" + String.join(",", messages) + "]"));
	}

	private static JsonNode json(String text) {
		try {
			return JSON.readTree(text);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
