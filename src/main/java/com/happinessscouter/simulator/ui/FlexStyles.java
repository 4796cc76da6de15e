package com.happinessscouter.simulator.ui;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.dom.Style;

/**
 * Turns Flex Message properties into inline CSS: LINE's keywords ({@code md},
 * {@code xl}...) into sizes close to what the LINE app shows, other values (px, %,
 * colours) as they are.
 */
final class FlexStyles {

	/** spacing, margin, padding, corner radius and offset keywords. */
	private static final Map<String, String> SPACES = Map.of("none", "0px", "xs", "2px", "sm", "4px", "md", "8px", "lg",
			"12px", "xl", "16px", "xxl", "20px");

	private static final Map<String, String> FONT_SIZES = Map.of("xxs", "11px", "xs", "13px", "sm", "14px", "md",
			"16px", "lg", "19px", "xl", "22px", "xxl", "29px", "3xl", "35px", "4xl", "48px", "5xl", "74px");

	private static final Map<String, String> BORDER_WIDTHS = Map.of("none", "0px", "light", "0.5px", "normal", "1px",
			"medium", "2px", "semi-bold", "3px", "bold", "4px");

	private static final Map<String, String> BUBBLE_WIDTHS = Map.of("nano", "120px", "micro", "160px", "deca", "220px",
			"hecto", "241px", "kilo", "260px", "mega", "300px", "giga", "500px");

	private static final Map<String, String> GRAVITIES = Map.of("top", "flex-start", "center", "center", "bottom",
			"flex-end");

	private static final Map<String, String> WEIGHTS = Map.of("regular", "normal", "bold", "bold");

	private static final UnaryOperator<String> AS_IS = UnaryOperator.identity();

	private static final UnaryOperator<String> SPACE = keyword(SPACES);

	private static final List<CssRule> BOX = List.of(new CssRule("spacing", "gap", SPACE),
			new CssRule("backgroundColor", "background-color", AS_IS),
			new CssRule("borderColor", "border-color", AS_IS),
			new CssRule("borderWidth", "border-width", keyword(BORDER_WIDTHS)),
			new CssRule("cornerRadius", "border-radius", SPACE), new CssRule("width", "width", AS_IS),
			new CssRule("maxWidth", "max-width", AS_IS), new CssRule("height", "height", AS_IS),
			new CssRule("maxHeight", "max-height", AS_IS), new CssRule("paddingAll", "padding", SPACE),
			new CssRule("paddingTop", "padding-top", SPACE), new CssRule("paddingBottom", "padding-bottom", SPACE),
			new CssRule("paddingStart", "padding-inline-start", SPACE),
			new CssRule("paddingEnd", "padding-inline-end", SPACE),
			new CssRule("justifyContent", "justify-content", AS_IS), new CssRule("alignItems", "align-items", AS_IS));

	private static final List<CssRule> TEXT = List.of(new CssRule("size", "font-size", keyword(FONT_SIZES)),
			new CssRule("color", "color", AS_IS), new CssRule("weight", "font-weight", keyword(WEIGHTS)),
			new CssRule("align", "text-align", AS_IS), new CssRule("style", "font-style", AS_IS),
			new CssRule("decoration", "text-decoration", AS_IS),
			new CssRule("gravity", "align-self", keyword(GRAVITIES)));

	private static final List<CssRule> POSITION = List.of(new CssRule("position", "position", AS_IS),
			new CssRule("offsetTop", "top", SPACE), new CssRule("offsetBottom", "bottom", SPACE),
			new CssRule("offsetStart", "inset-inline-start", SPACE),
			new CssRule("offsetEnd", "inset-inline-end", SPACE));

	private FlexStyles() {
	}

	static void box(JsonNode box, HasStyle target) {
		apply(BOX, box, target.getStyle());
		apply(POSITION, box, target.getStyle());
		if (box.has("borderColor") || box.has("borderWidth")) {
			target.getStyle().set("border-style", "solid");
		}
	}

	/** Text and span properties: size, colour, weight, alignment... */
	static void text(JsonNode text, HasStyle target) {
		apply(TEXT, text, target.getStyle());
		apply(POSITION, text, target.getStyle());
	}

	/**
	 * How a component sits in its parent box: LINE's {@code flex} (default 1 in
	 * horizontal and baseline boxes, 0 in vertical ones; a set width wins) and
	 * {@code margin} before it.
	 */
	static void item(JsonNode component, boolean horizontalParent, HasStyle target) {
		Style style = target.getStyle();
		int flex = component.path("flex").asInt(horizontalParent ? 1 : 0);
		boolean grows = flex > 0 && !component.has("width");
		style.set("flex", grows ? flex + " 1 " + (horizontalParent ? "0%" : "auto") : "0 0 auto");
		if (horizontalParent) {
			style.set("min-width", "0");
		}
		String margin = component.path("margin").asText("");
		if (!margin.isEmpty()) {
			style.set(horizontalParent ? "margin-inline-start" : "margin-top", SPACE.apply(margin));
		}
	}

	static String bubbleWidth(String size) {
		return BUBBLE_WIDTHS.getOrDefault(size, BUBBLE_WIDTHS.get("mega"));
	}

	private static void apply(List<CssRule> rules, JsonNode node, Style style) {
		for (CssRule rule : rules) {
			JsonNode value = node.get(rule.field());
			if (value != null && value.isValueNode()) {
				style.set(rule.property(), rule.value().apply(value.asText()));
			}
		}
	}

	private static UnaryOperator<String> keyword(Map<String, String> keywords) {
		return (value) -> keywords.getOrDefault(value, value);
	}

	/** One Flex property copied to one CSS property. */
	private record CssRule(String field, String property, UnaryOperator<String> value) {
	}

}
