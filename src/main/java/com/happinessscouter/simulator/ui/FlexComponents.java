package com.happinessscouter.simulator.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Flex containers and components as Vaadin components: bubbles, carousels, boxes, texts,
 * spans, separators, fillers and buttons; anything else as a grey {@code [type]}
 * placeholder.
 */
final class FlexComponents {

	private static final String[] BLOCKS = { "header", "hero", "body", "footer" };

	private FlexComponents() {
	}

	/**
	 * A {@code bubble} or a {@code carousel} (a horizontally scrolling row of bubbles).
	 */
	static Component container(JsonNode container) {
		return switch (container.path("type").asText()) {
			case "bubble" -> bubble(container);
			case "carousel" -> carousel(container);
			default -> placeholder(container);
		};
	}

	static Component placeholder(JsonNode node) {
		Span placeholder = new Span("[" + node.path("type").asText("?") + "]");
		placeholder.addClassName("sim-placeholder");
		return placeholder;
	}

	private static Component carousel(JsonNode carousel) {
		Div row = new Div();
		row.addClassName("sim-flex-carousel");
		carousel.path("contents").forEach((bubble) -> row.add(bubble(bubble)));
		return row;
	}

	private static Component bubble(JsonNode bubble) {
		Div card = new Div();
		card.addClassName("sim-flex-bubble");
		card.getStyle().set("width", FlexStyles.bubbleWidth(bubble.path("size").asText("mega")));
		for (String block : BLOCKS) {
			JsonNode content = bubble.path(block);
			if (content.isObject()) {
				card.add(block(block, content, bubble.path("styles").path(block)));
			}
		}
		return card;
	}

	private static Component block(String name, JsonNode content, JsonNode blockStyle) {
		Component rendered = component(content, false);
		if (rendered instanceof HasStyle styled) {
			styled.addClassNames("sim-flex-block", "sim-flex-" + name);
			String background = blockStyle.path("backgroundColor").asText("");
			if (!background.isEmpty() && !content.has("backgroundColor")) {
				styled.getStyle().setBackgroundColor(background);
			}
		}
		return rendered;
	}

	/**
	 * One component, laid out as a child of a horizontal (or baseline) box or of a
	 * vertical one.
	 */
	static Component component(JsonNode component, boolean horizontalParent) {
		Component rendered = switch (component.path("type").asText()) {
			case "box" -> box(component);
			case "text" -> text(component);
			case "span" -> span(component);
			case "separator" -> separator(component, horizontalParent);
			case "filler" -> styled(new Div(), "sim-flex-filler");
			case "button" -> button(component);
			default -> placeholder(component);
		};
		if (rendered instanceof Div item) {
			FlexStyles.item(component, horizontalParent, item);
		}
		return rendered;
	}

	private static Div box(JsonNode box) {
		String layout = box.path("layout").asText("vertical");
		Div div = styled(new Div(), "sim-flex-box");
		div.addClassName("sim-flex-box--" + layout);
		FlexStyles.box(box, div);
		boolean horizontal = !"vertical".equals(layout);
		box.path("contents").forEach((child) -> div.add(component(child, horizontal)));
		return div;
	}

	private static Div text(JsonNode text) {
		Div div = styled(new Div(), "sim-flex-text");
		if (text.path("wrap").asBoolean(false)) {
			div.addClassName("sim-flex-text--wrap");
		}
		FlexStyles.text(text, div);
		JsonNode spans = text.path("contents");
		if (spans.isArray() && !spans.isEmpty()) {
			spans.forEach((span) -> div.add(span(span)));
		}
		else {
			div.setText(text.path("text").asText(""));
		}
		return div;
	}

	private static Component span(JsonNode span) {
		if (!"span".equals(span.path("type").asText())) {
			return placeholder(span);
		}
		Span rendered = new Span(span.path("text").asText(""));
		rendered.addClassName("sim-flex-span");
		FlexStyles.text(span, rendered);
		return rendered;
	}

	private static Div separator(JsonNode separator, boolean horizontalParent) {
		Div line = styled(new Div(), "sim-flex-separator");
		line.addClassName(horizontalParent ? "sim-flex-separator--vertical" : "sim-flex-separator--horizontal");
		String color = separator.path("color").asText("");
		if (!color.isEmpty()) {
			line.getStyle().set("border-color", color);
		}
		return line;
	}

	private static Div button(JsonNode button) {
		Div div = styled(new Div(button.path("action").path("label").asText("[button]")), "sim-flex-button");
		div.addClassName("sim-flex-button--" + button.path("style").asText("link"));
		String color = button.path("color").asText("");
		if (!color.isEmpty()) {
			div.getStyle().set("--sim-button-color", color);
		}
		return div;
	}

	private static <T extends Div> T styled(T div, String className) {
		div.addClassName(className);
		return div;
	}

}
