package com.happinessscouter.simulator.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;

/**
 * Shows a LINE message, as the bot sends it over the wire (JSON), the way the LINE app
 * would: text messages as chat bubbles, Flex messages (bubble or carousel) as cards,
 * quick reply items as chips below. What it does not know (images, stickers, unknown
 * components) appears as a small grey {@code [type]} placeholder; it never throws.
 * <p>
 * CSS classes ({@code sim-*}) are styled by {@code styles/simulator.css}: put the
 * rendered messages in a {@code Div} with class {@code sim-chat}.
 */
public final class FlexRenderer {

	private FlexRenderer() {
	}

	/** One message the bot sent, left-aligned. */
	public static Component render(JsonNode message) {
		Div row = new Div();
		row.addClassNames("sim-message", "sim-message--bot");
		row.add(safely(message));
		JsonNode items = (message != null) ? message.path("quickReply").path("items") : null;
		if (items != null && items.isArray() && !items.isEmpty()) {
			row.add(quickReplies(items));
		}
		return row;
	}

	/** What the guest sent, as a right-aligned green bubble. */
	public static Component guestText(String text) {
		Div row = new Div();
		row.addClassNames("sim-message", "sim-message--guest");
		row.add(bubble(text, "sim-bubble--guest"));
		return row;
	}

	/**
	 * A photo the guest sent, right-aligned as a thumbnail (the browser scales it down;
	 * the bytes come from the fake LINE content store, so the page holds no copy).
	 */
	public static Component guestPhoto(String src, String alt) {
		Image photo = new Image(src, alt);
		photo.addClassName("sim-photo");
		Div row = new Div();
		row.addClassNames("sim-message", "sim-message--guest");
		row.add(photo);
		return row;
	}

	private static Component safely(JsonNode message) {
		if (message == null || !message.isObject()) {
			return FlexComponents.placeholder(MissingNode.getInstance());
		}
		try {
			return body(message);
		}
		catch (RuntimeException ex) {
			// a simulator shows what it can: a malformed message must not break the page
			return FlexComponents.placeholder(message);
		}
	}

	private static Component body(JsonNode message) {
		return switch (message.path("type").asText()) {
			case "text", "textV2" -> bubble(message.path("text").asText(""), "sim-bubble--bot");
			case "flex" -> flex(message);
			default -> FlexComponents.placeholder(message);
		};
	}

	private static Component flex(JsonNode message) {
		Component container = FlexComponents.container(message.path("contents"));
		Div flex = new Div(container);
		flex.addClassName("sim-flex");
		flex.setTitle(message.path("altText").asText(""));
		return flex;
	}

	private static Div bubble(String text, String side) {
		Div bubble = new Div(text);
		bubble.addClassNames("sim-bubble", side);
		return bubble;
	}

	private static Div quickReplies(JsonNode items) {
		Div chips = new Div();
		chips.addClassName("sim-quick-replies");
		for (JsonNode item : items) {
			JsonNode action = item.path("action");
			Span chip = new Span(action.path("label").asText("[" + action.path("type").asText("?") + "]"));
			chip.addClassName("sim-chip");
			chips.add(chip);
		}
		return chips;
	}

}
