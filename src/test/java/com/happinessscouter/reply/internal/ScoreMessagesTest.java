package com.happinessscouter.reply.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.happinessscouter.leaderboard.Place;
import com.happinessscouter.scoring.Emotion;
import com.happinessscouter.scoring.HappinessScore;
import com.happinessscouter.support.BotBundles;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.Message;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreMessagesTest {

	private static final ObjectMapper MAPPER = ModelObjectMapper.createNewObjectMapper();

	private final ScoreMessages messages = new ScoreMessages(botMessageSource());

	static ResourceBundleMessageSource botMessageSource() {
		return BotBundles.messageSource();
	}

	/** The worked example of HappinessFormula: 4 faces, 3 smiling. */
	static HappinessScore groupPhoto() {
		Map<Emotion, Double> shares = new EnumMap<>(Emotion.class);
		shares.put(Emotion.HAPPY, 58.2);
		shares.put(Emotion.CALM, 35.4);
		shares.put(Emotion.SURPRISED, 0.9);
		shares.put(Emotion.CONFUSED, 2.5);
		shares.put(Emotion.SAD, 3.1);
		return new HappinessScore(629_750, 4, 3, 0, shares);
	}

	static HappinessScore withPower(long power) {
		return new HappinessScore(power, 1, 1, 0, Map.of(Emotion.HAPPY, 100.0));
	}

	@Test
	void emotionRowsComeInEmotionOrderWithJapaneseLabels() {
		JsonNode bubble = bubble(this.messages.score(groupPhoto(), Locale.JAPANESE));
		assertThat(rows(bubble)).extracting((row) -> row.at("/contents/0/text").asText())
			.containsExactly("幸せ", "穏やか", "驚き", "恐れ", "困惑", "嫌悪", "怒り", "悲しみ");
	}

	@Test
	void emotionRowsComeInEmotionOrderWithEnglishLabels() {
		JsonNode bubble = bubble(this.messages.score(groupPhoto(), Locale.ENGLISH));
		assertThat(rows(bubble)).extracting((row) -> row.at("/contents/0/text").asText())
			.containsExactly("Happy", "Calm", "Surprised", "Fear", "Confused", "Disgusted", "Angry", "Sad");
	}

	@Test
	void barWidthsAndPercentTextsMatchTheShares() {
		List<JsonNode> rows = rows(bubble(this.messages.score(groupPhoto(), Locale.JAPANESE)));
		List<String> expected = List.of("58%", "35%", "1%", "0%", "3%", "0%", "0%", "3%");
		assertThat(rows).extracting((row) -> row.at("/contents/1/contents/0/width").asText())
			.containsExactlyElementsOf(expected);
		assertThat(rows).extracting((row) -> row.at("/contents/2/text").asText()).containsExactlyElementsOf(expected);
		assertThat(rows).extracting((row) -> row.at("/contents/1/contents/0/backgroundColor").asText())
			.doesNotHaveDuplicates()
			.allMatch((color) -> color.matches("#[0-9A-F]{6}"));
		assertThat(rows).extracting((row) -> row.at("/contents/1/backgroundColor").asText())
			.containsOnly(EmotionPalette.TRACK);
	}

	@Test
	void powerIsBigAndGroupedWithFacesBelow() {
		JsonNode bubble = bubble(this.messages.score(groupPhoto(), Locale.JAPANESE));
		assertThat(bubble.at("/body/contents/0/text").asText()).isEqualTo("629,750");
		assertThat(bubble.at("/body/contents/0/size").asText()).isEqualTo("3xl");
		assertThat(bubble.at("/body/contents/1/text").asText()).isEqualTo("4人の顔・3人が笑顔");
		assertThat(bubble.at("/header/contents/0/text").asText()).isEqualTo("幸せ戦闘力");
		JsonNode english = bubble(this.messages.score(groupPhoto(), Locale.ENGLISH));
		assertThat(english.at("/body/contents/1/text").asText()).isEqualTo("4 faces, 3 smiling");
		assertThat(english.at("/header/contents/0/text").asText()).isEqualTo("Happiness power");
	}

	@Test
	void altTextTellsThePowerAndTheFaces() {
		assertThat(json(this.messages.score(groupPhoto(), Locale.JAPANESE)).get("altText").asText())
			.isEqualTo("幸せ戦闘力 629,750 (4人)");
		assertThat(json(this.messages.score(groupPhoto(), Locale.ENGLISH)).get("altText").asText())
			.isEqualTo("Happiness power 629,750 (4 faces)");
		assertThat(json(this.messages.score(withPower(412_300), Locale.ENGLISH)).get("altText").asText())
			.isEqualTo("Happiness power 412,300 (1 face)");
	}

	@Test
	void nearPerfectSmileGetsAGoldHeaderAndACheer() {
		JsonNode perfect = bubble(this.messages.score(withPower(550_000), Locale.JAPANESE));
		assertThat(perfect.at("/header/backgroundColor").asText()).isEqualTo(ScoreBubbles.NEAR_PERFECT_HEADER_COLOR);
		assertThat(texts(perfect)).contains("新郎新婦に負けない笑顔!");
		assertThat(texts(bubble(this.messages.score(withPower(540_000), Locale.ENGLISH))))
			.contains("As happy as the couple!");
		JsonNode ordinary = bubble(this.messages.score(withPower(539_999), Locale.JAPANESE));
		assertThat(ordinary.at("/header/backgroundColor").asText()).isEqualTo(ScoreBubbles.HEADER_COLOR);
		assertThat(texts(ordinary)).doesNotContain("新郎新婦に負けない笑顔!");
	}

	@Test
	void photoWithoutFacesSaysSo() {
		JsonNode message = json(this.messages.score(HappinessScore.none(), Locale.ENGLISH));
		assertThat(message.get("altText").asText()).isEqualTo("Happiness power 0 (no faces)");
		assertThat(texts(message.get("contents"))).contains("No face found", "0");
		assertThat(rows(message.get("contents"))).hasSize(8);
	}

	@Test
	void score_withAPlace_saysItBelowTheFacesInJapanese() {
		JsonNode bubble = bubble(this.messages.score(withPower(412_300), new Place(3, 57), Locale.JAPANESE));
		assertThat(bubble.at("/body/contents/2/text").asText()).isEqualTo("いま3位 / 57人中");
		assertThat(rows(bubble)).as("the emotion rows stay").hasSize(8);
	}

	@Test
	void score_withAPlace_saysItInEnglish() {
		JsonNode bubble = bubble(this.messages.score(groupPhoto(), new Place(1, 1_204), Locale.ENGLISH));
		assertThat(texts(bubble)).contains("Now #1 of 1,204");
	}

	@Test
	void score_ofANearPerfectSmileWithAPlace_cheersFirstThenTellsThePlace() {
		JsonNode bubble = bubble(this.messages.score(withPower(550_000), new Place(2, 9), Locale.JAPANESE));
		assertThat(texts(bubble)).containsSubsequence("新郎新婦に負けない笑顔!", "いま2位 / 9人中");
	}

	@Test
	void score_withoutAPlace_hasNoPlaceLine() {
		for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
			List<String> texts = texts(bubble(this.messages.score(groupPhoto(), null, locale)));
			assertThat(texts).noneMatch((text) -> text.contains("位 /") || text.startsWith("Now #"));
			assertThat(texts).isEqualTo(texts(bubble(this.messages.score(groupPhoto(), locale))));
		}
	}

	static JsonNode json(Message message) {
		return MAPPER.valueToTree(message);
	}

	private static JsonNode bubble(FlexMessage message) {
		JsonNode json = json(message);
		assertThat(json.get("type").asText()).isEqualTo("flex");
		assertThat(json.at("/contents/type").asText()).isEqualTo("bubble");
		return json.get("contents");
	}

	/** The emotion rows: the horizontal boxes. */
	private static List<JsonNode> rows(JsonNode bubble) {
		return find(bubble, (node) -> "horizontal".equals(node.path("layout").asText()));
	}

	static List<String> texts(JsonNode bubble) {
		return find(bubble, (node) -> "text".equals(node.path("type").asText())).stream()
			.map((node) -> node.get("text").asText())
			.toList();
	}

	private static List<JsonNode> find(JsonNode node, Predicate<JsonNode> test) {
		List<JsonNode> found = new ArrayList<>();
		if (test.test(node)) {
			found.add(node);
		}
		node.forEach((child) -> found.addAll(find(child, test)));
		return found;
	}

}
