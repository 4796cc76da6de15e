package com.happinessscouter.reply;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The bot's message bundle ({@code i18n/bot}) in one guest's language.
 * <p>
 * Japanese lives in the default bundle, so it is looked up with {@link Locale#ROOT}:
 * asking for {@code ja} would make {@link java.util.ResourceBundle} fall back to the
 * JVM's default locale (English on many servers) before the default bundle.
 *
 * @param source where the {@code bot.*} messages come from
 * @param locale the guest's language: {@link Locale#ENGLISH} or {@link Locale#JAPANESE}
 */
public record BotLanguage(MessageSource source, Locale locale) {

	/** The message {@code key}, with {@link java.text.MessageFormat} arguments if any. */
	public String text(String key, Object... args) {
		return this.source.getMessage(key, (args.length > 0) ? args : null, bundleLocale());
	}

	/** An integer with digit grouping: 550,000. */
	public String number(long value) {
		return NumberFormat.getIntegerInstance(this.locale).format(value);
	}

	public boolean english() {
		return "en".equals(this.locale.getLanguage());
	}

	private Locale bundleLocale() {
		return english() ? Locale.ENGLISH : Locale.ROOT;
	}

}
