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
	void tableCommandsCarryTheTableWithFullWidthDigitsAndWithoutASpace() {
		for (String text : new String[] { "テーブル 3", "テーブル3", "テーブル３", "テーブル　３", "table 3", " Table 3 ", "TABLE３",
				"tables 3" }) {
			assertThat(GuestCommand.of(text)).as(text).contains(GuestCommand.TABLE);
			assertThat(GuestCommand.tableArgument(text)).as(text).contains("3");
		}
		assertThat(GuestCommand.tableArgument("テーブル 花")).contains("花");
		assertThat(GuestCommand.tableArgument("テーブル花")).contains("花");
		assertThat(GuestCommand.tableArgument("table Rose garden")).contains("rose garden");
		assertThat(GuestCommand.of("テーブル")).contains(GuestCommand.TABLE);
		assertThat(GuestCommand.tableArgument("テーブル")).contains("");
		assertThat(GuestCommand.tableArgument("tables")).contains("");
		assertThat(GuestCommand.of("tablet")).isEmpty();
		assertThat(GuestCommand.tableArgument("ランキング")).isEmpty();
		assertThat(GuestCommand.of("ｈｅｌｐ")).contains(GuestCommand.HELP);
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
