package com.happinessscouter.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import com.happinessscouter.support.BotBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one command table, and the buttons of both bundles that must speak its language.
 */
class GuestCommandTest {

	@ParameterizedTest
	@ValueSource(strings = { "i18n/bot.properties", "i18n/bot_en.properties" })
	void everyButtonTextOfTheBundleIsACommand(String bundle) {
		Properties messages = BotBundles.load(bundle);
		List<String> buttonTexts = messages.stringPropertyNames()
			.stream()
			.filter((key) -> key.endsWith(".text"))
			.toList();
		assertThat(buttonTexts).as("keys ending in .text are what a button sends").isNotEmpty();
		for (String key : buttonTexts) {
			assertThat(GuestCommand.of(messages.getProperty(key))).as("%s in %s", key, bundle).isPresent();
		}
	}

	@Test
	void textsAreRecognisedWhateverTheCaseAndSurroundingSpaces() {
		assertThat(GuestCommand.of("  Hide Me ")).contains(GuestCommand.HIDE_ME);
		assertThat(GuestCommand.of("ランキング")).contains(GuestCommand.RANKING);
		assertThat(GuestCommand.of("削除する")).contains(GuestCommand.CONFIRM_DELETE);
		assertThat(GuestCommand.of("削除")).contains(GuestCommand.ASK_DELETE);
		assertThat(GuestCommand.of("？")).contains(GuestCommand.HELP);
		assertThat(GuestCommand.of("hello")).isEmpty();
		assertThat(GuestCommand.of(null)).isEmpty();
	}

	@Test
	void everyCommandHasAJapaneseAndAnEnglishTextAndNoTextMeansTwoCommands() {
		for (GuestCommand command : GuestCommand.values()) {
			assertThat(command.texts()).as(command.name())
				.anyMatch((text) -> text.codePoints().anyMatch((c) -> c > 0x3000))
				.anyMatch(
						(text) -> text.chars().anyMatch(Character::isLetter) && text.chars().allMatch((c) -> c < 0x80));
		}
		List<String> all = Arrays.stream(GuestCommand.values()).flatMap((command) -> command.texts().stream()).toList();
		assertThat(all).doesNotHaveDuplicates();
	}

}
