package com.happinessscouter.quota;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import com.happinessscouter.limits.Usage;
import org.junit.jupiter.api.Test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every throttle decision has a console text: English as the reason reads, Japanese of
 * its own (the Japanese console no longer shows the English reason).
 */
class ThrottleDecisionTextTest {

	private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

	@Test
	void everyDecision_readsInEnglishAsItsReason_andHasAJapaneseText() throws IOException {
		Properties english = load("translations_en.properties");
		Properties japanese = load("translations_ja.properties");

		for (ThrottleDecision decision : decisions()) {
			assertThat(decision.key()).startsWith("quota.decision.");
			assertThat(format(english, decision, Locale.ENGLISH)).isEqualTo(decision.reason());
			assertThat(format(japanese, decision, Locale.JAPANESE)).isNotEqualTo(decision.reason()).contains("混雑");
		}
	}

	@Test
	void forcedBusy_namesWhoForcedIt_inJapaneseToo() throws IOException {
		ThrottleDecision forced = ThrottleRule.decide(settings(ThrottleMode.FORCED_BUSY), new Usage(0, 0));

		assertThat(format(load("translations_ja.properties"), forced, Locale.JAPANESE)).contains("admin")
			.startsWith("混雑中");
	}

	private static List<ThrottleDecision> decisions() {
		return List.of(ThrottleRule.decide(settings(ThrottleMode.OFF), new Usage(0, 0)),
				ThrottleRule.decide(settings(ThrottleMode.FORCED_BUSY), new Usage(0, 0)),
				ThrottleRule.decide(settings(ThrottleMode.AUTO), new Usage(300, 300)),
				ThrottleRule.decide(settings(ThrottleMode.AUTO), new Usage(12, 300)),
				ThrottleRule.decide(settings(ThrottleMode.AUTO), new Usage(12, 0)));
	}

	private static String format(Properties bundle, ThrottleDecision decision, Locale locale) {
		return new MessageFormat(bundle.getProperty(decision.key()), locale).format(decision.args().toArray());
	}

	private static ThrottleSettings settings(ThrottleMode mode) {
		return new ThrottleSettings(mode, "admin", NOW, "test");
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ThrottleDecisionTextTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
			properties.load(new InputStreamReader(in, UTF_8));
		}
		return properties;
	}

}
