package com.happinessscouter.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.happinessscouter.aws.Items;
import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.support.Browsers;
import com.happinessscouter.support.ScouterIT;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Wrong passwords slow down only the (user, address) pair they came from, on every
 * instance; a stranger cannot keep the admin out; admins see and clear the throttles.
 */
class LoginAttemptsIT extends ScouterIT {

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	private static final LoginThrottleProperties SETTINGS = new LoginThrottleProperties(5, Duration.ofSeconds(2),
			Duration.ofMinutes(15), Duration.ofHours(24));

	private static final String STRANGER = "203.0.113.66";

	private static final String ADMIN_ELSEWHERE = "198.51.100.7";

	@Autowired
	SingleTable table;

	@Autowired
	LoginAttempts attempts;

	@Test
	void failuresFromOneAddress_slowThatAddressOnly_onEveryInstance() {
		String name = "user-" + UUID.randomUUID();
		ConsoleProperties users = users(name);
		LoginAttempts first = attempts(users, NOW);
		LoginAttempts second = attempts(users, NOW.plusSeconds(1));
		for (int attempt = 1; attempt < SETTINGS.freeFailures(); attempt++) {
			first.failed(failure(name, "192.0.2.1"));
		}
		assertThat(second.waitFor(name, "192.0.2.1")).isZero();
		first.failed(failure(name, "192.0.2.1"));
		assertThat(second.waitFor(name, "192.0.2.1")).isEqualTo(Duration.ofSeconds(1));
		assertThat(second.waitFor(name, "192.0.2.2")).as("another address").isZero();

		first.failed(failure(name, "192.0.2.1"));
		first.failed(failure(name, "192.0.2.1"));
		assertThat(attempts(users, NOW).waitFor(name, "192.0.2.1")).as("doubles each time").hasSeconds(8);
		assertThat(attempts(users, NOW.plusSeconds(8)).waitFor(name, "192.0.2.1")).isZero();

		second.succeeded(new AuthenticationSuccessEvent(token(name, "192.0.2.1")));
		assertThat(first.throttles()).isEmpty();
	}

	@Test
	void unknownNames_storeNothing() {
		String stranger = "nobody-" + UUID.randomUUID();
		LoginAttempts attempts = attempts(users("someone-else"), NOW);
		for (int attempt = 0; attempt < 10; attempt++) {
			attempts.failed(failure(stranger, "192.0.2.9"));
		}
		assertThat(attempts.waitFor(stranger, "192.0.2.9")).isZero();
		assertThat(this.table.client()
			.getItem((get) -> get.tableName(this.table.name())
				.key(Items.key("LOGIN#" + stranger, "FROM#192.0.2.9"))
				.consistentRead(true))
			.item()).isNullOrEmpty();
	}

	@Test
	void sixWrongPasswordsFromAStranger_doNotKeepTheAdminOut_andTheAdminClearsTheThrottle() {
		BrowserContext stranger = from(STRANGER);
		BrowserContext admin = from(ADMIN_ELSEWHERE);
		try {
			Page guessing = stranger.newPage();
			guessing.navigate(base() + "login");
			for (int attempt = 1; attempt <= 6; attempt++) {
				Browsers.typeCredentials(guessing, "admin", "guess-" + attempt);
				guessing.waitForURL("**/login?error*");
			}
			Browsers.typeCredentials(guessing, "admin", "admin");
			guessing.waitForURL("**/login?error*");
			assertThat(this.attempts.waitFor("admin", STRANGER)).as("the stranger must wait").isPositive();

			Page status = Browsers.signIn(admin, base(), "admin", "admin", "status");
			assertThat(status.locator("#status-throttles")).containsText(STRANGER);
			status.locator("[id='status-throttle-clear-admin-" + STRANGER + "']").click();
			await().atMost(PATIENCE)
				.until(() -> this.attempts.throttles()
					.stream()
					.noneMatch((throttle) -> STRANGER.equals(throttle.address())));
			assertThat(this.attempts.waitFor("admin", STRANGER)).isZero();
		}
		finally {
			stranger.close();
			admin.close();
		}
	}

	/**
	 * A browser whose requests come through a trusted proxy (loopback) for a client at
	 * {@code address}.
	 */
	private static BrowserContext from(String address) {
		BrowserContext context = Browsers.chromium()
			.newContext(new Browser.NewContextOptions().setLocale("en-US")
				.setExtraHTTPHeaders(Map.of("X-Forwarded-For", address)));
		context.setDefaultTimeout(60_000);
		return context;
	}

	private LoginAttempts attempts(ConsoleProperties users, Instant now) {
		return new LoginAttempts(this.table, users, SETTINGS, Clock.fixed(now, ZoneOffset.UTC), null);
	}

	private static ConsoleProperties users(String name) {
		return new ConsoleProperties(List.of(new ConsoleProperties.User(name, "{bcrypt}unused", "ADMIN")),
				java.time.ZoneId.of("Asia/Tokyo"));
	}

	private static AuthenticationFailureBadCredentialsEvent failure(String name, String address) {
		return new AuthenticationFailureBadCredentialsEvent(token(name, address),
				new BadCredentialsException("wrong password"));
	}

	private static UsernamePasswordAuthenticationToken token(String name, String address) {
		UsernamePasswordAuthenticationToken token = new UsernamePasswordAuthenticationToken(name, "x");
		token.setDetails(new WebAuthenticationDetails(address, null));
		return token;
	}

}
