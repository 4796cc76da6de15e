package com.happinessscouter.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.happinessscouter.support.AppInstance;
import com.happinessscouter.support.Browsers;
import com.happinessscouter.support.Emulators;
import com.happinessscouter.support.ScouterIT;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code X-Forwarded-*} headers count only from a trusted proxy (loopback and the private
 * networks unless configured): then a client that came over TLS gets a Secure session
 * cookie, and its own address is the one a sign-in is counted against. From anyone else
 * they are ignored.
 */
class ForwardedHeadersIT extends ScouterIT {

	@Test
	void behindATrustedTlsProxy_theSessionCookieIsSecure() throws Exception {
		assertThat(sessionCookie(base(), "https")).contains("Secure").contains("HttpOnly");
		assertThat(sessionCookie(base(), null)).doesNotContain("Secure");
	}

	@Test
	void fromAnUntrustedAddress_forwardedHeadersAreIgnored() throws Exception {
		int port = Emulators.freePort();
		// only 192.0.2.254 is a trusted proxy for this instance: loopback is a stranger
		try (ConfigurableApplicationContext other = AppInstance.start(port, "forwarded-it",
				"--server.tomcat.remoteip.internal-proxies=192\\.0\\.2\\.254", "--app.webhook.warm-up-requests=0")) {
			URI otherBase = URI.create("http://localhost:" + port + "/");
			assertThat(sessionCookie(otherBase, "https")).doesNotContain("Secure");

			BrowserContext browser = Browsers.chromium()
				.newContext(new Browser.NewContextOptions().setLocale("en-US")
					.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "203.0.113.99")));
			try {
				Page page = browser.newPage();
				page.navigate(otherBase + "login");
				Browsers.typeCredentials(page, "admin", "not-the-password");
				page.waitForURL("**/login?error*");
			}
			finally {
				browser.close();
			}
			List<LoginThrottle> counted = other.getBean(LoginAttempts.class).throttles();
			assertThat(counted).extracting(LoginThrottle::address).isNotEmpty().doesNotContain("203.0.113.99");
		}
	}

	/** The Set-Cookie of a fresh session, asked for through a proxy that says so. */
	private static String sessionCookie(URI base, String forwardedProto) throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "login"));
			if (forwardedProto != null) {
				request.header("X-Forwarded-Proto", forwardedProto);
			}
			HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
			return response.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter((cookie) -> cookie.startsWith("JSESSIONID="))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
		}
	}

}
