package com.happinessscouter.leaderboard.ui;

import java.time.Duration;
import java.util.Map;

import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.leaderboard.Leaderboard;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.support.Browsers;
import com.happinessscouter.support.QrDecoder;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import com.happinessscouter.support.TestEvents;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The host's big screen in a real browser: a guest's photo from the LINE simulator
 * appears without a reload, the countdown freezes the ranking (the screen then waits for
 * the host's reveal), and the table card's QR code decodes to the add-friend link.
 */
class BoardPageIT extends ScouterIT {

	@Autowired
	Events events;

	@Autowired
	Leaderboard leaderboard;

	private BrowserContext browser;

	private WeddingEvent event;

	@BeforeEach
	void open() {
		this.browser = Browsers.english();
		this.event = TestEvents.open(this.events, "Big screen", false);
	}

	@AfterEach
	void close() {
		this.browser.close();
		TestEvents.close(this.events, this.event);
	}

	@Test
	void hostWatchesTheBoardMoveLiveThenCountsDownToTheFinalResults() {
		Page board = Browsers.signIn(this.browser, base(), "host", "host", "board");
		assertThat(board.locator(".board-title")).hasText("Big screen");
		assertThat(board.locator("#board-empty")).containsText("Send a smiling photo");

		Page guest = this.browser.newPage();
		guest.navigate(base() + "simulator");
		guest.locator("#sim-new-guest-name input").fill("Hana");
		guest.locator("#sim-new-guest").click();
		guest.locator("#sim-sample-portrait").click();

		assertThat(board.locator(".board-row")).hasCount(1);
		assertThat(board.locator(".board-row").first()).containsText("Hana");
		assertThat(board.locator(".board-row[data-rank='1'] img.board-photo")).hasCount(1);
		board.waitForFunction("() => { const img = document.querySelector('.board-row img.board-photo');"
				+ " return img && img.complete && img.naturalWidth > 0; }");
		assertThat(board.locator("#board-strip img")).not().hasCount(0);

		guest.locator("#sim-new-guest-name input").fill("Kenta");
		guest.locator("#sim-new-guest").click();
		guest.locator("#sim-sample-group-smiles").click();
		assertThat(board.locator(".board-row")).hasCount(2);
		assertThat(board.locator(".board-row[data-rank='2']")).hasCount(1);

		Page desk = this.browser.newPage();
		desk.navigate(base() + "events");
		desk.locator("#events-countdown-length").click();
		desk.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("10 seconds").setExact(true)).click();
		desk.locator("#events-countdown-start").click();
		assertThat(board.locator("#board-countdown")).containsText("Everyone post now!");
		assertThat(board.locator("#board-countdown")).containsText("Final results");
		// no spoilers: the screen waits for the host's reveal
		assertThat(board.locator("#board-waiting")).containsText("The reveal is coming up");
		assertThat(board.locator("#board-list")).isHidden();
		assertThat(board.locator("#board-reveal")).isHidden();

		SimulatedGuest late = guest("en");
		String messageId = photoOnLine("/photos/sample3.jpg", "image/jpeg");
		send(SignedWebhook.body(SignedWebhook.event("image", Map.of("userId", late.userId(), "messageId", messageId))));
		awaitPhoto(late.userId(), messageId, Photo::answered);
		// sent after the countdown: not ranked (polled on this thread: Playwright's is)
		await().pollInSameThread()
			.during(Duration.ofMillis(1500))
			.atMost(Duration.ofSeconds(3))
			.untilAsserted(() -> assertThat(this.leaderboard.top(this.event.id(), 10)).hasSize(2));
	}

	@Test
	void adminCreatesAnEventAndHidesAGuestsPhotoFromTheBigScreen() {
		TestEvents.close(this.events, this.event);
		Page console = Browsers.signIn(this.browser, base(), "admin", "admin", "events");
		console.locator("#events-name input").fill("Garden party");
		console.locator("#events-couple input").fill("Mio & Sora");
		console.locator("#events-create").click();
		assertThat(console.locator("#events-grid")).containsText("Garden party");
		WeddingEvent garden = this.events.all()
			.stream()
			.filter((event) -> event.name().equals("Garden party"))
			.findFirst()
			.orElseThrow();
		try {
			Page board = this.browser.newPage();
			board.navigate(base() + "board");
			assertThat(board.locator(".board-title")).hasText("Garden party");
			assertThat(board.locator(".board-couple")).hasText("Mio & Sora");

			Page guest = this.browser.newPage();
			guest.navigate(base() + "simulator");
			guest.locator("#sim-new-guest-name input").fill("Mika");
			guest.locator("#sim-new-guest").click();
			guest.locator("#sim-sample-portrait").click();
			assertThat(board.locator(".board-row img.board-photo")).hasCount(1);

			console.navigate(base() + "dashboard");
			console.locator("#dashboard-guests vaadin-grid-cell-content")
				.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Mika"))
				.first()
				.click();
			console.waitForURL("**/guests/U*");
			assertThat(console.locator("#guest-photos .guest-event")).hasText("Event: Garden party");
			console.locator(".guest-hide-photo").click();
			assertThat(console.locator(".guest-show-photo")).hasCount(1);
			assertThat(board.locator(".board-row")).containsText("Mika");
			assertThat(board.locator(".board-row img.board-photo")).hasCount(0);
			console.navigate(base() + "audit");
			assertThat(console.locator("#audit-grid")).containsText("hide photo");
		}
		finally {
			TestEvents.close(this.events, garden);
		}
	}

	@Test
	void aHostRunsTheCountdownButCannotChangeEvents() {
		Page desk = Browsers.signIn(this.browser, base(), "host", "host", "events");
		assertThat(desk.locator("#events-countdown-start")).isVisible();
		assertThat(desk.locator("#events-create")).hasCount(0);
		assertThat(desk.locator("#events-save")).hasCount(0);
	}

	@Test
	void tableCardCarriesAQrCodeThatAddsTheBot() {
		Page card = Browsers.signIn(this.browser, base(), "host", "host", "board/card");
		assertThat(card.locator("#join-card")).containsText("Scan the QR code");
		assertThat(card.locator("#join-card")).containsText("QRコードを読み取って");
		byte[] png = card.locator("#join-qr img").screenshot();
		assertThat(QrDecoder.decode(png)).isEqualTo("https://line.me/R/ti/p/%40scouter-demo");
	}

}
