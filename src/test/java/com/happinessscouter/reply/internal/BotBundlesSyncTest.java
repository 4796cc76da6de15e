package com.happinessscouter.reply.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class BotBundlesSyncTest {

	@Test
	void japaneseAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("i18n/bot_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("i18n/bot.properties").stringPropertyNames());
	}

	@Test
	void everyMessageIsFilledInAndFormattable() throws IOException {
		for (String bundle : new String[] { "i18n/bot.properties", "i18n/bot_en.properties" }) {
			Properties messages = load(bundle);
			assertThat(messages).as(bundle).isNotEmpty();
			for (String key : messages.stringPropertyNames()) {
				String value = messages.getProperty(key);
				assertThat(key).as(bundle).startsWith("bot.");
				assertThat(value).as(key).isNotBlank().doesNotContain("'");
				assertThatNoException().as(key).isThrownBy(() -> new MessageFormat(value));
			}
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = BotBundlesSyncTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
