package com.happinessscouter.leaderboard.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.happinessscouter.audit.AuditAction;
import com.happinessscouter.audit.AuditEntry;
import com.happinessscouter.audit.AuditLog;
import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.leaderboard.Leaderboard;
import com.happinessscouter.leaderboard.ShowMode;
import com.happinessscouter.leaderboard.Standing;
import com.happinessscouter.leaderboard.internal.ShowTable;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoStatus;
import com.happinessscouter.support.Browsers;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import com.happinessscouter.support.TestEvents;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotAnimations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reception show in a real browser, on one wedding of five guests: the big screen
 * alternating ranking and photo wall (3 s each in tests), a mode written by another
 * instance reaching an open screen, every shown photo taking its turn on the wall and a
 * hidden one leaving it for good; then, after the countdown, the reveal of places 5 to 1
 * with the winner last and celebrated, the printable top list and a certificate. Writes
 * the wall and the reveal to {@code target/screenshots} (or
 * {@code -Dscreenshots.dir=docs/images}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReceptionShowIT extends ScouterIT {

	private static final Path IMAGES = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

	private static final List<String> GUESTS = List.of("Emily", "健太", "さくら", "James", "美咲");

	@Autowired
	Events events;

	@Autowired
	Leaderboard leaderboard;

	@Autowired
	ShowTable showTable;

	@Autowired
	AuditLog audit;

	private WeddingEvent wedding;

	private final List<Photo> photos = new ArrayList<>();

	private BrowserContext browser;

	private Page board;

	private Page desk;

	@BeforeAll
	void weddingWithFiveGuests() {
		this.wedding = TestEvents.open(this.events, "Garden Reception", false);
		byte[] group = SignedWebhook.bytes("/simulator/samples/group-smiles.jpg");
		byte[] portrait = SignedWebhook.bytes("/simulator/samples/portrait.jpg");
		List<byte[]> jpegs = List.of(portrait, PhotoCopies.cropped(group, 935, 110, 985, 900),
				PhotoCopies.cropped(group, 1150, 0, 770, 1100), PhotoCopies.cropped(portrait, 40, 40, 440, 440),
				PhotoCopies.cropped(group, 980, 100, 480, 700));
		for (int i = 0; i < GUESTS.size(); i++) {
			SimulatedGuest guest = new SimulatedGuest(SignedWebhook.newUserId(), GUESTS.get(i), "en");
			this.ledger.addGuest(guest);
			Photo photo = sendPhotoAndAwait(guest, jpegs.get(i));
			assertThat(photo.status()).isEqualTo(PhotoStatus.SCORED);
			this.photos.add(photo);
		}
		this.browser = Browsers.english();
		this.board = Browsers.signIn(this.browser, base(), "host", "host", "board");
		this.board.setViewportSize(1024, 576);
		this.desk = this.browser.newPage();
		this.desk.navigate(base() + "board/show");
	}

	@AfterAll
	void close() {
		this.browser.close();
		TestEvents.close(this.events, this.wedding);
	}

	@Test
	@Order(1)
	void hostSwitchesToAlternate_theScreenTakesTurnsBetweenRankingAndWall() {
		assertThat(this.board.locator("#board")).hasAttribute("data-stage", "ranking");
		assertThat(this.board.locator(".board-row")).hasCount(GUESTS.size());

		this.desk.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Ranking and photo wall by turns"))
			.check();

		assertThat(this.board.locator("#board")).hasAttribute("data-stage", "wall");
		assertThat(this.board.locator("#board-list")).isHidden();
		assertThat(this.board.locator(".board-wall-tile")).not().hasCount(0);
		assertThat(this.board.locator("#board")).hasAttribute("data-stage", "ranking");
		assertThat(this.board.locator("#board-list")).isVisible();
		assertThat(this.board.locator("#board")).hasAttribute("data-stage", "wall");
		assertThat(this.audit.latest(5, AuditAction.SHOW_MODE)).extracting(AuditEntry::to).contains("ALTERNATE");
	}

	@Test
	@Order(2)
	void aModeWrittenByAnotherInstance_reachesTheOpenScreen() {
		// straight into the table, as another instance's desk would: no nudge here
		this.showTable.mode(this.wedding.id(), ShowMode.RANKING);
		assertThat(this.board.locator("#board")).hasAttribute("data-stage", "ranking",
				new LocatorAssertions.HasAttributeOptions().setTimeout(8_000));
		assertThat(this.desk.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Ranking").setExact(true)))
			.isChecked();
		this.showTable.mode(this.wedding.id(), ShowMode.WALL);
		assertThat(this.board.locator("#board")).hasAttribute("data-stage", "wall");
	}

	@Test
	@Order(3)
	void wall_showsEveryPhotoWithNameAndPower_newestFirst_andAHiddenOneNeverAgain() throws IOException {
		this.showTable.mode(this.wedding.id(), ShowMode.WALL);
		Locator wall = this.board.locator("#board-wall");
		assertThat(this.board.locator("#board")).hasAttribute("data-stage", "wall");
		// every photo takes its turn: the newest three, then the two oldest
		for (Photo photo : this.photos) {
			assertThat(tile(photo)).hasCount(1);
		}
		assertThat(wall).containsText(Pattern.compile("\\d{1,3}(,\\d{3})+"));
		awaitNewestPage();
		save(this.board, "photo-wall.png", ScreenshotAnimations.DISABLED);

		Photo hidden = this.photos.getLast();
		assertThat(tile(hidden)).hasCount(1);
		this.submissions.setHidden(hidden.key(), true);
		assertThat(tile(hidden)).hasCount(0);
		this.board.evaluate("(id) => { window.hiddenSeen = false; new MutationObserver(() => {"
				+ " if (document.querySelector(`[data-photo='${id}']`)) window.hiddenSeen = true; })"
				+ ".observe(document.body, { childList: true, subtree: true }); }", id(hidden));
		// a whole round later (each of the others shown again), it never came back
		for (Photo photo : this.photos.subList(0, this.photos.size() - 1)) {
			assertThat(tile(photo)).hasCount(1);
		}
		assertThat(tile(this.photos.getFirst())).hasCount(1);
		assertThat(this.board.evaluate("() => window.hiddenSeen")).isEqualTo(false);
		this.submissions.setHidden(hidden.key(), false);
	}

	@Test
	@Order(4)
	void afterTheCountdown_theHostRevealsPlacesFiveToOne_theWinnerLastAndCelebrated() throws IOException {
		this.events.startCountdown(this.wedding.id(), Duration.ofSeconds(1), "test");
		assertThat(this.board.locator("#board")).hasAttribute("data-stage", "waiting");
		assertThat(this.board.locator("#board-list")).isHidden();
		List<Standing> results = this.leaderboard.results(this.wedding.id(), 10);
		assertThat(results).hasSize(GUESTS.size());

		assertThat(this.desk.locator("#show-reveal")).isEnabled();
		this.desk.locator("#show-reveal").click();
		assertThat(this.board.locator("#board")).hasAttribute("data-stage", "reveal");
		assertThat(this.board.locator("#board-reveal")).containsText("Top 5");
		Locator spotlight = this.board.locator("#board-reveal-spotlight .board-reveal-place");
		for (int rank = GUESTS.size(); rank >= 1; rank--) {
			assertThat(this.board.locator(".celebrate")).hasCount(0);
			this.desk.locator("#show-next").click();
			assertThat(spotlight).hasAttribute("data-rank", Integer.toString(rank));
			assertThat(spotlight).containsText(results.get(rank - 1).displayName());
			assertThat(this.board.locator("#board-reveal-earlier .board-reveal-place")).hasCount(GUESTS.size() - rank);
		}
		assertThat(spotlight).hasClass(Pattern.compile("\\bcelebrate\\b"));
		assertThat(this.board.locator(".board-confetti > div")).not().hasCount(0);
		assertThat(this.desk.locator("#show-reveal-status")).hasText("5 of 5 places revealed");
		assertThat(this.desk.locator("#show-next")).isDisabled();
		// the picture once the winner's entrance is over (the glow and confetti go on)
		this.board.waitForFunction("() => document.getAnimations()"
				+ ".filter((a) => a.effect.getTiming().iterations !== Infinity).every((a) => a.playState === 'finished')");
		save(this.board, "reveal.png", ScreenshotAnimations.ALLOW);
	}

	@Test
	@Order(5)
	void topListAndCertificate_printForTheGiftTable() {
		List<Standing> results = this.leaderboard.results(this.wedding.id(), 10);
		Page list = this.browser.waitForPage(() -> this.desk.locator("#show-print-list").click());
		Locator rows = list.locator("#results-table tbody tr");
		assertThat(rows).hasCount(results.size());
		for (Standing standing : results) {
			Locator row = list.locator("#results-table tr[data-rank='" + standing.rank() + "']");
			assertThat(row).containsText(standing.displayName());
			assertThat(row).containsText(String.format(Locale.US, "%,d", standing.power()));
		}
		assertThat(list.locator("h1")).hasText("Garden Reception: the happiest smiles");

		Page certificate = this.browser.waitForPage(() -> this.desk.locator("#show-certificate-1").click());
		Standing winner = results.getFirst();
		assertThat(certificate.locator("#certificate-place")).hasText("First place");
		assertThat(certificate.locator("#certificate-name")).hasText(winner.displayName());
		assertThat(certificate.locator("#certificate-power"))
			.hasText("Happiness power " + String.format(Locale.US, "%,d", winner.power()));
		assertThat(certificate.locator("#certificate-event")).hasText("Garden Reception · Aoi & Ren");
		assertThat(certificate.locator("#certificate-date")).hasText(Pattern.compile("\\w+ \\d{1,2}, 20\\d\\d"));
		assertThat(certificate.locator("img.certificate-photo")).hasCount(1);
		Object size = certificate.evaluate("() => [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules])"
				+ ".filter((rule) => rule instanceof CSSPageRule).map((rule) => rule.style.size).join(',')");
		assertThat(size.toString()).containsIgnoringCase("A4");
	}

	@Test
	@Order(6)
	void inJapanese_theDeskSaysHappyoAndTheCertificateIsAHyoshojo() {
		BrowserContext japanese = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale("ja-JP"));
		try {
			japanese.setDefaultTimeout(60_000);
			Page desk = Browsers.signIn(japanese, base(), "admin", "admin", "board/show");
			assertThat(desk.locator("#show-reveal")).hasText("発表");
			assertThat(desk.locator("#show-reveal-status")).hasText("5 位中 5 位まで発表済み");
			assertThat(desk.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("フォトウォール").setExact(true)))
				.hasCount(1);
			Page board = japanese.newPage();
			board.navigate(base() + "board");
			assertThat(board.locator(".board-reveal-title")).hasText("いちばん幸せな笑顔は…");
			assertThat(board.locator("#board-reveal-spotlight")).containsText("1位");

			Page certificate = japanese.waitForPage(() -> desk.locator("#show-certificate-2").click());
			Standing second = this.leaderboard.results(this.wedding.id(), 2).getLast();
			assertThat(certificate.locator("#certificate-title")).hasText("表彰状");
			assertThat(certificate.locator("#certificate-place")).hasText("第2位");
			assertThat(certificate.locator("#certificate-name")).hasText(second.displayName());
			assertThat(certificate.locator("#certificate-date"))
				.hasText(Pattern.compile("20\\d\\d年\\d{1,2}月\\d{1,2}日"));
		}
		finally {
			japanese.close();
		}
	}

	private Locator tile(Photo photo) {
		return this.board.locator(".board-wall-tile[data-photo='" + id(photo) + "']");
	}

	/** Waits for the page of the three newest photos, newest first (the picture). */
	private void awaitNewestPage() {
		List<String> newest = this.photos.reversed().subList(0, 3).stream().map(ReceptionShowIT::id).toList();
		this.board.waitForFunction("(ids) => JSON.stringify([...document.querySelectorAll('.board-wall-tile')]"
				+ ".map((tile) => tile.dataset.photo)) === JSON.stringify(ids)", newest);
	}

	private static String id(Photo photo) {
		return photo.key().userId() + "#" + photo.key().imageId();
	}

	private static void save(Page page, String name, ScreenshotAnimations animations) throws IOException {
		page.waitForFunction("() => [...document.querySelectorAll('img')]"
				+ ".every((img) => img.complete && img.naturalWidth > 0)");
		Files.createDirectories(IMAGES);
		Files.write(IMAGES.resolve(name), page.screenshot(new Page.ScreenshotOptions().setAnimations(animations)));
	}

}
