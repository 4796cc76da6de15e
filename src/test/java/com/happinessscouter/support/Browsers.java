package com.happinessscouter.support;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
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

	/** A fresh browser session in English, patient with a loaded machine. */
	public static BrowserContext english() {
		BrowserContext context = chromium().newContext(new Browser.NewContextOptions().setLocale("en-US"));
		context.setDefaultTimeout(60_000);
		return context;
	}

	/** A fresh browser session in Japanese (a Japanese console), patient as above. */
	public static BrowserContext japanese() {
		BrowserContext context = chromium().newContext(new Browser.NewContextOptions().setLocale("ja-JP"));
		context.setDefaultTimeout(60_000);
		return context;
	}

	/**
	 * Opens {@code path} of the console, signs in on the login page it leads to, waits
	 * there.
	 */
	public static Page signIn(BrowserContext browser, URI base, String user, String password, String path) {
		Page page = browser.newPage();
		page.navigate(base + path);
		typeCredentials(page, user, password);
		page.waitForURL("**/" + path + "*");
		return page;
	}

	public static void typeCredentials(Page page, String user, String password) {
		page.locator("vaadin-login-form input[name='username']").fill(user);
		page.locator("vaadin-login-form input[name='password']").fill(password);
		page.locator("vaadin-login-form input[name='password']").press("Enter");
	}

	private static synchronized void close() {
		if (playwright != null) {
			playwright.close();
		}
	}

}
