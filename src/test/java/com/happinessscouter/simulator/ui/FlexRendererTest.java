package com.happinessscouter.simulator.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.happinessscouter.reply.internal.ScoreMessages;
import com.happinessscouter.scoring.Emotion;
import com.happinessscouter.scoring.HappinessScore;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class FlexRendererTest {

	private static final ObjectMapper MAPPER = ModelObjectMapper.createNewObjectMapper();

	private final ScoreMessages messages = new ScoreMessages(messageSource());

	@Test
	void scoreBubbleShowsPowerAndEightBars() {
		Component rendered = FlexRenderer.render(MAPPER.valueToTree(this.messages.score(score(), Locale.JAPANESE)));
		assertThat(texts(rendered)).contains("幸せ戦闘力", "629,750", "4人の顔・3人が笑顔", "幸せ", "悲しみ");
		List<Component> rows = find(rendered, withClass("sim-flex-box--horizontal"));
		assertThat(rows).hasSize(8);
		List<String> widths = rows.stream().map((row) -> style(fill(row), "width")).toList();
		assertThat(widths).containsExactly("58%", "35%", "1%", "0%", "3%", "0%", "0%", "3%");
		assertThat(rows).extracting((row) -> style(fill(row), "background-color"))
			.doesNotHaveDuplicates()
			.allMatch((color) -> color.startsWith("#"));
		assertThat(rows).extracting((row) -> style(track(row), "background-color")).containsOnly("#EEEEEE");
	}

	@Test
	void carouselIsARowOfBubbles() {
		List<HappinessScore> scores = new ArrayList<>();
		for (int i = 0; i < 13; i++) {
			scores.add(score());
		}
		JsonNode first = MAPPER.valueToTree(this.messages.scores(scores, Locale.ENGLISH).getFirst());
		Component rendered = FlexRenderer.render(first);
		List<Component> carousels = find(rendered, withClass("sim-flex-carousel"));
		assertThat(carousels).singleElement()
			.satisfies((carousel) -> assertThat(carousel.getChildren()).hasSize(12)
				.allMatch(withClass("sim-flex-bubble")));
	}

	@Test
	void textMessageIsABubbleWithQuickReplyChips() {
		Component rendered = FlexRenderer.render(MAPPER.valueToTree(this.messages.noFace(Locale.JAPANESE)));
		List<Component> bubbles = find(rendered, withClass("sim-bubble--bot"));
		assertThat(bubbles).singleElement()
			.extracting((bubble) -> bubble.getElement().getText())
			.isEqualTo(this.messages.noFace(Locale.JAPANESE).text());
		assertThat(find(rendered, withClass("sim-chip"))).extracting((chip) -> chip.getElement().getText())
			.containsExactly("写真を選ぶ", "カメラ", "使い方");
	}

	@Test
	void unknownTypesBecomePlaceholders() {
		ObjectNode body = box("vertical");
		body.withArray("contents").add(MAPPER.createObjectNode().put("type", "image").put("url", "https://x/y.png"));
		body.withArray("contents").add(MAPPER.createObjectNode().put("type", "mystery"));
		ObjectNode bubble = MAPPER.createObjectNode().put("type", "bubble");
		bubble.set("body", body);
		ObjectNode flex = MAPPER.createObjectNode().put("type", "flex").put("altText", "test");
		flex.set("contents", bubble);
		assertThat(placeholders(FlexRenderer.render(flex))).containsExactly("[image]", "[mystery]");
		assertThat(placeholders(FlexRenderer.render(MAPPER.createObjectNode().put("type", "sticker"))))
			.containsExactly("[sticker]");
	}

	@Test
	void malformedMessagesNeverThrow() {
		ObjectNode broken = MAPPER.createObjectNode().put("type", "flex");
		broken.set("contents", box("horizontal").put("contents", "oops").put("flex", "many"));
		ObjectNode carousel = MAPPER.createObjectNode().put("type", "carousel").put("contents", 3);
		ObjectNode brokenCarousel = MAPPER.createObjectNode().put("type", "flex");
		brokenCarousel.set("contents", carousel);
		for (JsonNode message : List.of(broken, brokenCarousel, MAPPER.getNodeFactory().textNode("text"),
				MAPPER.createObjectNode())) {
			assertThatNoException().isThrownBy(() -> FlexRenderer.render(message));
		}
		assertThatNoException().isThrownBy(() -> FlexRenderer.render(null));
	}

	@Test
	void guestTextIsAGreenBubbleOnTheRight() {
		Component rendered = FlexRenderer.guestText("こんにちは");
		assertThat(rendered).matches(withClass("sim-message--guest"));
		assertThat(find(rendered, withClass("sim-bubble--guest"))).singleElement()
			.extracting((bubble) -> bubble.getElement().getText())
			.isEqualTo("こんにちは");
	}

	private static HappinessScore score() {
		Map<Emotion, Double> shares = new EnumMap<>(Emotion.class);
		shares.put(Emotion.HAPPY, 58.2);
		shares.put(Emotion.CALM, 35.4);
		shares.put(Emotion.SURPRISED, 0.9);
		shares.put(Emotion.CONFUSED, 2.5);
		shares.put(Emotion.SAD, 3.1);
		return new HappinessScore(629_750, 4, 3, 0, shares);
	}

	private static ResourceBundleMessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/bot");
		source.setDefaultEncoding("UTF-8");
		return source;
	}

	private static ObjectNode box(String layout) {
		ObjectNode box = MAPPER.createObjectNode().put("type", "box").put("layout", layout);
		box.putArray("contents");
		return box;
	}

	/** A bar row's grey track: its second child. */
	private static Component track(Component row) {
		return row.getChildren().toList().get(1);
	}

	/** The coloured fill inside a row's track. */
	private static Component fill(Component row) {
		return track(row).getChildren().findFirst().orElseThrow();
	}

	private static String style(Component component, String property) {
		return ((HasStyle) component).getStyle().get(property);
	}

	private static List<String> texts(Component root) {
		return find(root, withClass("sim-flex-text")).stream().map((text) -> text.getElement().getText()).toList();
	}

	private static List<String> placeholders(Component root) {
		return find(root, withClass("sim-placeholder")).stream().map((text) -> text.getElement().getText()).toList();
	}

	private static Predicate<Component> withClass(String className) {
		return (component) -> component instanceof HasStyle styled && styled.hasClassName(className);
	}

	private static List<Component> find(Component root, Predicate<Component> test) {
		List<Component> found = new ArrayList<>();
		if (test.test(root)) {
			found.add(root);
		}
		root.getChildren().forEach((child) -> found.addAll(find(child, test)));
		return found;
	}

}
