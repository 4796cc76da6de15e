package com.happinessscouter.reply.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.happinessscouter.leaderboard.Place;
import com.happinessscouter.scoring.Emotion;
import com.happinessscouter.scoring.HappinessScore;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.Message;
import org.junit.jupiter.api.Test;

import static com.happinessscouter.reply.internal.ScoreMessagesTest.json;
import static com.happinessscouter.reply.internal.ScoreMessagesTest.withPower;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link ScoreMessages#scores}: image sets as carousels that fit one reply. */
class ScoreMessagesCarouselTest {

	private static final ObjectMapper MAPPER = ModelObjectMapper.createNewObjectMapper();

	private final ScoreMessages messages = new ScoreMessages(ScoreMessagesTest.botMessageSource());

	@Test
	void thirteenPhotosMakeTwoCarousels() {
		List<Message> replies = this.messages.scores(powers(13), Locale.JAPANESE);
		assertThat(replies).hasSize(2);
		assertThat(replies).extracting((reply) -> json(reply).at("/contents/type").asText()).containsOnly("carousel");
		assertThat(replies).extracting((reply) -> json(reply).at("/contents/contents").size()).containsExactly(12, 1);
		assertThat(json(replies.getFirst()).get("altText").asText()).isEqualTo("幸せ戦闘力 12枚の写真 (最高 120,000)");
	}

	@Test
	void seventyPhotosKeepTheBestSixtyInFiveMessages() {
		List<Message> replies = this.messages.scores(powers(70), Locale.ENGLISH);
		assertThat(replies).hasSize(ScoreMessages.MESSAGES_PER_REPLY);
		List<String> shown = new ArrayList<>();
		for (Message reply : replies) {
			JsonNode json = json(reply);
			json.at("/contents/contents").forEach((bubble) -> shown.add(bubble.at("/body/contents/0/text").asText()));
		}
		assertThat(shown).hasSize(60).startsWith("110,000", "120,000").endsWith("700,000");
	}

	@Test
	void fullCarouselsStayUnderLineSizeLimit() throws Exception {
		Map<Emotion, Double> shares = new EnumMap<>(Emotion.class);
		for (Emotion emotion : Emotion.values()) {
			shares.put(emotion, 12.5);
		}
		HappinessScore longest = new HappinessScore(825_000, 100, 100, 0, shares);
		for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
			for (Message reply : this.messages.scores(Collections.nCopies(60, longest), new Place(10_000, 10_000),
					locale)) {
				byte[] sent = MAPPER.writeValueAsBytes(reply);
				assertThat(sent.length).as("carousel JSON bytes").isLessThan(50_000);
			}
		}
	}

	@Test
	void scores_ofAnImageSetWithAPlace_tellItOnceInTheFirstBubble() {
		List<Message> replies = this.messages.scores(powers(13), new Place(4, 30), Locale.JAPANESE);
		List<JsonNode> bubbles = new ArrayList<>();
		replies.forEach((reply) -> json(reply).at("/contents/contents").forEach(bubbles::add));
		assertThat(bubbles).hasSize(13);
		assertThat(ScoreMessagesTest.texts(bubbles.getFirst())).contains("いま4位 / 30人中");
		assertThat(bubbles.subList(1, bubbles.size()))
			.allMatch((bubble) -> ScoreMessagesTest.texts(bubble).stream().noneMatch((text) -> text.contains("位 /")));
	}

	@Test
	void scores_ofOnePhotoWithAPlace_tellItInTheBubble() {
		JsonNode bubble = json(this.messages.scores(powers(1), new Place(1, 2), Locale.ENGLISH).getFirst())
			.get("contents");
		assertThat(ScoreMessagesTest.texts(bubble)).contains("Now #1 of 2");
	}

	@Test
	void onePhotoIsABubbleAndNoPhotoNoMessage() {
		assertThat(this.messages.scores(powers(1), Locale.JAPANESE)).singleElement()
			.extracting((reply) -> json(reply).at("/contents/type").asText())
			.isEqualTo("bubble");
		assertThat(this.messages.scores(List.of(), Locale.JAPANESE)).isEmpty();
	}

	/**
	 * Powers 10,000, 20,000... in the order sent, but the lowest first and the highest
	 * last.
	 */
	private static List<HappinessScore> powers(int count) {
		List<HappinessScore> scores = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			scores.add(withPower(i * 10_000L));
		}
		return scores;
	}

}
