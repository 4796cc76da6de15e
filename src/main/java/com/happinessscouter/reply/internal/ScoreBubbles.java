package com.happinessscouter.reply.internal;

import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBox.AlignItems;
import com.linecorp.bot.messaging.model.FlexBox.Layout;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexSeparator;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.FlexText.Align;
import com.linecorp.bot.messaging.model.FlexText.Weight;

/**
 * Lays a {@link ScoreCard} out as a Flex bubble: a coloured header, the power in big
 * digits, the faces line, the near-perfect cheer and the guest's place if any, then one
 * bar row per emotion.
 * <p>
 * Kept lean, under 4 KB of JSON, so that a carousel of 12 stays under LINE's 50 KB: no
 * property that only decorates (rounded corners, muted percent texts, filler in the
 * bars).
 */
final class ScoreBubbles {

	static final String HEADER_COLOR = "#2E3A59";

	static final String NEAR_PERFECT_HEADER_COLOR = "#D4A017";

	static final String POWER_COLOR = "#1E2A44";

	static final String CHEER_COLOR = "#C2185B";

	static final String MUTED_COLOR = "#888888";

	private static final String BAR_HEIGHT = "8px";

	private ScoreBubbles() {
	}

	static FlexBubble bubble(ScoreCard card) {
		return new FlexBubble.Builder().header(header(card)).body(body(card)).build();
	}

	private static FlexBox header(ScoreCard card) {
		String color = card.nearPerfect() ? NEAR_PERFECT_HEADER_COLOR : HEADER_COLOR;
		FlexText title = new FlexText.Builder().text(card.title())
			.size("md")
			.weight(Weight.BOLD)
			.color("#FFFFFF")
			.build();
		return new FlexBox.Builder(Layout.VERTICAL, List.of(title)).backgroundColor(color).paddingAll("12px").build();
	}

	private static FlexBox body(ScoreCard card) {
		List<FlexComponent> contents = new ArrayList<>();
		contents.add(centered(card.power(), "3xl", POWER_COLOR, Weight.BOLD));
		contents.add(centered(card.faces(), "sm", MUTED_COLOR, null));
		if (card.cheer() != null) {
			contents.add(centered(card.cheer(), "md", CHEER_COLOR, Weight.BOLD));
		}
		if (card.place() != null) {
			contents.add(centered(card.place(), "md", HEADER_COLOR, Weight.BOLD));
		}
		contents.add(new FlexSeparator.Builder().margin("lg").build());
		contents.add(emotions(card.bars()));
		return new FlexBox.Builder(Layout.VERTICAL, contents).spacing("sm").build();
	}

	private static FlexBox emotions(List<EmotionBar> bars) {
		List<FlexComponent> rows = new ArrayList<>();
		for (EmotionBar bar : bars) {
			rows.add(row(bar));
		}
		return new FlexBox.Builder(Layout.VERTICAL, rows).spacing("sm").margin("lg").build();
	}

	private static FlexBox row(EmotionBar bar) {
		FlexText label = new FlexText.Builder().text(bar.label()).size("sm").flex(3).build();
		FlexText percent = new FlexText.Builder().text(bar.width()).size("xs").align(Align.END).flex(2).build();
		return new FlexBox.Builder(Layout.HORIZONTAL, List.of(label, track(bar), percent)).alignItems(AlignItems.CENTER)
			.build();
	}

	/** A grey track holding a coloured fill (an empty box) as wide as the share. */
	private static FlexBox track(EmotionBar bar) {
		FlexBox fill = new FlexBox.Builder(Layout.VERTICAL, List.of()).width(bar.width())
			.height(BAR_HEIGHT)
			.backgroundColor(bar.color())
			.build();
		return new FlexBox.Builder(Layout.VERTICAL, List.of(fill)).flex(6)
			.height(BAR_HEIGHT)
			.backgroundColor(EmotionPalette.TRACK)
			.build();
	}

	private static FlexText centered(String text, String size, String color, Weight weight) {
		return new FlexText.Builder().text(text).size(size).color(color).weight(weight).align(Align.CENTER).build();
	}

}
