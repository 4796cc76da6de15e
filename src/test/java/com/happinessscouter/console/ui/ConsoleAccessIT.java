package com.happinessscouter.console.ui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.happinessscouter.console.ConsolePreferences;
import com.happinessscouter.console.LoginAttempts;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorLedger;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.support.Browsers;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Who may open what in the console, and how it defends itself. */
class ConsoleAccessIT extends ScouterIT {

	@Autowired
	ConsolePreferences preferences;

	@Autowired
	LoginAttempts attempts;

	@Autowired
	S3Client s3;

	private BrowserContext browser;

	@BeforeEach
	void open() {
		this.browser = Browsers.english();
	}

	@AfterEach
	void close() {
		this.browser.close();
		this.preferences.language("admin", ConsolePreferences.ENGLISH);
		this.attempts.throttles()
			.stream()
			.filter((throttle) -> "host".equals(throttle.name()))
			.forEach((throttle) -> this.attempts.clear(throttle.name(), throttle.address(), "test"));
	}

	@Test
	void adminSeesTheCountsMoveWhenAGuestSendsAPhoto() {
		Page console = signIn("admin", "admin", "dashboard");
		String photosBefore = console.locator("#total-photos").textContent();

		Page guest = this.browser.newPage();
		guest.navigate(base() + "simulator");
		guest.locator("#sim-new-guest-name input").fill("Dashboard Dana");
		guest.locator("#sim-new-guest").click();
		guest.locator("#sim-sample-group-smiles").click();
		assertThat(guest.locator("#sim-chat .sim-flex-bubble").first()).isVisible();

		assertThat(console.locator("#total-photos")).not().hasText(photosBefore);
		assertThat(console.locator("#dashboard-guests")).containsText("Dashboard Dana");

		console.locator("#dashboard-guests vaadin-grid-cell-content")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Dashboard Dana"))
			.first()
			.click();
		console.waitForURL("**/guests/U*");
		assertThat(console.locator("#guest-photos img")).hasCount(1);
		assertThat(console.locator("#guest-photos")).containsText("SCORED");
		// the thumbnail loads through its presigned link (and the CSP lets it)
		console.waitForFunction(
				"() => { const img = document.querySelector('#guest-photos img'); return img && img.complete && img.naturalWidth > 0; }",
				null, new Page.WaitForFunctionOptions().setTimeout(20_000));
		assertThat(console.locator("#guest-photos .guest-emotions")).containsText("Photo: Happy");
		assertThat(console.locator("#guest-photos .guest-face").first()).containsText("Face 1:");
		String userId = console.url().substring(console.url().lastIndexOf('/') + 1);
		Photo photo = this.submissions.ofGuest(userId).getFirst();
		console.locator(".guest-delete-photo").click();
		assertThat(console.locator("#guest-photos")).containsText("No photos");
		assertThatExceptionOfType(NoSuchKeyException.class)
			.isThrownBy(() -> this.s3.getObjectAsBytes((get) -> get.bucket("scouter-it").key(photo.s3Key())));
		console.navigate(base() + "audit");
		assertThat(console.locator("#audit-grid")).containsText("delete photo");
	}

	@Test
	void eventsPage_entersAndShowsTimesInTheConsoleZone() {
		Page console = signIn("admin", "admin", "events");
		assertThat(console.locator("#events-grid")).containsText("Open (Asia/Tokyo)");
	}

	@Test
	void aHostSeesTheDashboardButNotTheAdminPages() {
		Page console = signIn("host", "host", "dashboard");
		assertThat(console.locator("#dashboard-totals")).isVisible();

		console.navigate(base() + "quota");
		assertThat(console.locator("#quota-usage")).hasCount(0);
		console.navigate(base() + "dashboard");
		console.locator(".console-logout")
			.click(new com.microsoft.playwright.Locator.ClickOptions().setTimeout(15_000));
		console.waitForURL("**/login*");
		console.navigate(base() + "retention");
		assertThat(console.locator("#retention-rules")).hasCount(0);
		assertThat(console.locator("body")).not().containsText("Photo retention");
	}

	@Test
	void adminSortsAndFiltersTheGuestsAndExportsThemAndAllPhotos() throws IOException {
		String tag = "Sorty" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
		SimulatedGuest low = new SimulatedGuest(SignedWebhook.newUserId(), tag + " Low", "en");
		SimulatedGuest high = new SimulatedGuest(SignedWebhook.newUserId(), tag + " High", "en");
		String lowPhoto = sendPhoto(low, PhotoCopies.unique(SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg")));
		String highPhoto = sendPhoto(high, PhotoCopies.unique(SignedWebhook.bytes("/photos/sample3.jpg")));
		long lowPower = awaitPhoto(low.userId(), lowPhoto, Photo::answered).score().power();
		long highPower = awaitPhoto(high.userId(), highPhoto, Photo::answered).score().power();
		SimulatedGuest first = (highPower >= lowPower) ? high : low;

		Page console = signIn("admin", "admin", "dashboard");
		console.locator("#dashboard-filter input").fill(tag);
		Locator rows = console.locator("#dashboard-guests vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + tag + " (Low|High)$")));
		assertThat(rows).hasCount(2);
		console.locator("#dashboard-guests vaadin-grid-sorter")
			.filter(new Locator.FilterOptions().setHasText("Best"))
			.click();
		console.locator("#dashboard-guests vaadin-grid-sorter")
			.filter(new Locator.FilterOptions().setHasText("Best"))
			.click();
		assertThat(rows.first()).hasText(first.displayName());

		Download csv = console.waitForDownload(() -> console.locator("#dashboard-csv").click());
		String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFuser_id,display_name,photos,faces,best_power,last_power,last_activity");
		assertThat(text).contains("\"" + low.userId() + "\",\"" + low.displayName() + "\",1,");

		Download zip = console.waitForDownload(() -> console.locator("#dashboard-zip").click());
		List<String> entries = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip.path()))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.add(entry.getName());
			}
		}
		assertThat(entries).contains(high.displayName() + " (" + high.userId() + ")/" + highPhoto + ".jpg");
		assertThat(console.locator("#dashboard-zip-status")).containsText("photos packed");
	}

	@Test
	void theConsoleLanguageIsRememberedForTheNextSignIn() {
		Page console = signIn("admin", "admin", "dashboard");
		assertThat(console.locator(".console-logout")).hasText("Sign out");
		console.locator("#console-language").click();
		console.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("日本語")).click();
		assertThat(console.locator(".console-logout")).hasText("ログアウト");

		BrowserContext another = Browsers.english();
		try {
			Page again = Browsers.signIn(another, base(), "admin", "admin", "dashboard");
			assertThat(again.locator(".console-logout")).hasText("ログアウト");
		}
		finally {
			another.close();
		}
	}

	private String sendPhoto(SimulatedGuest guest, byte[] photo) {
		this.ledger.addGuest(guest);
		String messageId = SignedWebhook.newMessageId();
		this.ledger.putContent(messageId, new SimulatorLedger.Content(photo, "image/jpeg"));
		send(SignedWebhook
			.body(SignedWebhook.event("image", Map.of("userId", guest.userId(), "messageId", messageId))));
		return messageId;
	}

	@Test
	void fiveWrongPasswords_makeThatAddressWaitEvenWithTheRightOne() {
		Page page = this.browser.newPage();
		page.navigate(base() + "login");
		for (int attempt = 1; attempt <= 5; attempt++) {
			login(page, "host", "wrong-" + attempt);
			page.waitForURL("**/login?error*");
		}
		login(page, "host", "host");
		page.waitForURL("**/login?error*");
		assertThat(page.locator("vaadin-login-form")).containsText("Sign-in failed");
	}

	@Test
	void consolePagesCarrySecurityHeaders() throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(base() + "login")).build(),
					HttpResponse.BodyHandlers.discarding());
			assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
					(csp) -> assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'"));
			assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(login.headers().firstValue("X-Frame-Options")).isPresent();
			HttpResponse<Void> anonymous = http.send(
					HttpRequest.newBuilder(URI.create(base() + "actuator/metrics")).build(),
					HttpResponse.BodyHandlers.discarding());
			assertThat(anonymous.statusCode()).isIn(302, 401, 403);
		}
	}

	private Page signIn(String user, String password, String path) {
		return Browsers.signIn(this.browser, base(), user, password, path);
	}

	private static void login(Page page, String user, String password) {
		Browsers.typeCredentials(page, user, password);
	}

}
