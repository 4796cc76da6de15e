package com.happinessscouter.support;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * One headless Chromium per test JVM (Debian's {@code /usr/bin/chromium}; override with
 * {@code -Dchromium.path=...}), driven by Playwright for Java.
 */
public final class Browsers {

	private static Playwright playwright;

	private static Browser browser;

	private Browsers() {
	}

	public static synchronized Browser chromium() {
		if (browser == null) {
			playwright = Playwright.create();
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions()
					.setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage")));
			Runtime.getRuntime().addShutdownHook(new Thread(Browsers::close, "browser-stop"));
			// the app answers asynchronously (analysis, polling views): allow for a
			// loaded machine
			PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
		}
		return browser;
	}

	private static synchronized void close() {
		if (playwright != null) {
			playwright.close();
		}
	}

}
