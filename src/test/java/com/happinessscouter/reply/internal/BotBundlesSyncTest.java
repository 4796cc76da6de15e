package com.happinessscouter.reply.internal;

import java.text.MessageFormat;
import java.util.Properties;

import com.happinessscouter.support.BotBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class BotBundlesSyncTest {

	@Test
	void japaneseAndEnglishHaveTheSameKeys() {
		assertThat(BotBundles.load("i18n/bot_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(BotBundles.load("i18n/bot.properties").stringPropertyNames());
	}

	@Test
	void everyMessageIsFilledInAndFormattable() {
		for (String bundle : new String[] { "i18n/bot.properties", "i18n/bot_en.properties" }) {
			Properties messages = BotBundles.load(bundle);
			assertThat(messages).as(bundle).isNotEmpty();
			for (String key : messages.stringPropertyNames()) {
				String value = messages.getProperty(key);
				assertThat(key).as(bundle).startsWith("bot.");
				assertThat(value).as(key).isNotBlank().doesNotContain("'");
				assertThatNoException().as(key).isThrownBy(() -> new MessageFormat(value));
			}
		}
	}

}
