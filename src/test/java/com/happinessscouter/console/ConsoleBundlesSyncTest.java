package com.happinessscouter.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/** Every console and simulator text exists in Japanese and in English. */
class ConsoleBundlesSyncTest {

	@Test
	void japaneseAndEnglishHaveTheSameKeys() throws IOException {
		Properties fallback = load("translations.properties");
		Properties english = load("translations_en.properties");
		Properties japanese = load("translations_ja.properties");

		assertThat(japanese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(fallback.stringPropertyNames());
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(fallback.stringPropertyNames());
		assertThat(japanese.values()).allSatisfy((text) -> assertThat(text.toString()).isNotBlank());
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ConsoleBundlesSyncTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
			properties.load(new InputStreamReader(in, UTF_8));
		}
		return properties;
	}

}
