package com.happinessscouter.quota;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every throttle decision has a console text: English as the reason reads, Japanese of
 * its own (the Japanese console no longer shows the English reason).
 */
class ThrottleDecisionTextTest {

	private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

	private static final YearMonth MONTH = YearMonth.of(2026, 12);

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
		ThrottleDecision forced = ThrottleRule.decide(settings(ThrottleMode.FORCED_BUSY, 0), status(200, 0, 0), MONTH);

		assertThat(format(load("translations_ja.properties"), forced, Locale.JAPANESE)).contains("admin")
			.startsWith("混雑中");
	}

	private static List<ThrottleDecision> decisions() {
		return List.of(ThrottleRule.decide(settings(ThrottleMode.OFF, 0), status(200, 0, 0), MONTH),
				ThrottleRule.decide(settings(ThrottleMode.FORCED_BUSY, 0), status(200, 0, 0), MONTH),
				ThrottleRule.decide(settings(ThrottleMode.AUTO, 300), status(200, 0, 300), MONTH),
				ThrottleRule.decide(settings(ThrottleMode.AUTO, 0), new QuotaStatus(null, null, null, null, 0), MONTH),
				ThrottleRule.decide(settings(ThrottleMode.AUTO, 0), status(200, 195, 0), MONTH),
				ThrottleRule.decide(settings(ThrottleMode.AUTO, 0), status(200, 10, 0), MONTH));
	}

	private static String format(Properties bundle, ThrottleDecision decision, Locale locale) {
		return new MessageFormat(bundle.getProperty(decision.key()), locale).format(decision.args().toArray());
	}

	private static QuotaStatus status(long limit, long used, long analyses) {
		return new QuotaStatus(new QuotaSnapshot(NOW, MONTH, true, limit, used), NOW, null, null, analyses);
	}

	private static ThrottleSettings settings(ThrottleMode mode, long analysisBudget) {
		return new ThrottleSettings(mode, Threshold.parse("10"), analysisBudget, "admin", NOW, "test");
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ThrottleDecisionTextTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
			properties.load(new InputStreamReader(in, UTF_8));
		}
		return properties;
	}

}
