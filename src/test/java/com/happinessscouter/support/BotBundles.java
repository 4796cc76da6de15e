package com.happinessscouter.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The bot's real message bundles, for unit tests. */
public final class BotBundles {

	/** The Japanese (default) and English bundles. */
	public static final String[] FILES = { "i18n/bot.properties", "i18n/bot_en.properties" };

	private BotBundles() {
	}

	/**
	 * The real bundles; English as the fallback locale, so Japanese must not depend on
	 * it.
	 */
	public static ResourceBundleMessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/bot");
		source.setDefaultEncoding("UTF-8");
		source.setDefaultLocale(Locale.ENGLISH);
		return source;
	}

	/** One bundle file as it is on the classpath. */
	public static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = BotBundles.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is not on the classpath");
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
