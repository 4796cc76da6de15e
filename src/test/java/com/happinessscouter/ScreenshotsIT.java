package com.happinessscouter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.quota.QuotaProperties;
import com.happinessscouter.quota.QuotaSnapshot;
import com.happinessscouter.quota.internal.QuotaPoller;
import com.happinessscouter.quota.internal.QuotaTable;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorQuota;
import com.happinessscouter.support.Browsers;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import com.happinessscouter.support.TestEvents;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Clip;
import com.microsoft.playwright.options.ScreenshotAnimations;
import com.microsoft.playwright.options.ScreenshotCaret;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The README's pictures, taken from a small wedding in full swing: a guest's chat in the
 * LINE simulator, the big screen, the dashboard and the LINE messages page. Each test
 * checks what its picture shows before writing it to {@code target/screenshots}, or to
 * the README's {@code docs/images} when run with {@code -Dscreenshots.dir=docs/images}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreenshotsIT extends ScouterIT {

	private static final Path IMAGES = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

	private static final String SIMULATOR_GUEST = "花子";

	/** Guests who send from their phones (the signed webhook), with their photos. */
	private static final List<String> LINE_GUESTS = List.of("Emily", "健太", "さくら", "James", "美咲");

	/** Pretended pushes this month, so the usage bar shows something. */
	private static final long PUSHES = 18;

	@Autowired
	Events events;

	@Autowired
	SimulatorQuota quota;

	@Autowired
	QuotaPoller poller;

	@Autowired
	QuotaTable quotaTable;

	@Autowired
	QuotaProperties quotaSettings;

	private WeddingEvent wedding;

	private BrowserContext guestPhone;

	private BrowserContext console;

	private Page simulator;

	@BeforeAll
	void weddingInFullSwing() {
		this.wedding = TestEvents.open(this.events, "Wedding Reception", false);
		this.guestPhone = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale("en-US"));
		this.guestPhone.setDefaultTimeout(60_000);
		this.simulator = this.guestPhone.newPage();
		this.simulator.setViewportSize(760, 1080);
		sendSampleFromSimulator(SIMULATOR_GUEST, "group-smiles");
		sendFromPhones();
		quotaHistory();
		this.console = Browsers.english();
		Browsers.signIn(this.console, base(), "admin", "admin", "dashboard").close();
	}

	@AfterAll
	void close() {
		this.guestPhone.close();
		this.console.close();
		TestEvents.close(this.events, this.wedding);
		this.quota.addUsage(-PUSHES);
		this.poller.poll();
	}

	@Test
	void simulator_showsTheGuestsPhotoAnsweredWithTheScoreBubble() throws IOException {
		Locator chat = this.simulator.locator("#sim-chat");
		assertThat(chat).containsText("幸せスカウター");
		Locator bubble = chat.locator(".sim-flex-bubble").first();
		assertThat(bubble).containsText("幸せ戦闘力");
		assertThat(bubble).containsText(Pattern.compile("\\d{1,3}(,\\d{3})+"));
		assertThat(bubble).containsText("穏やか");
		// the page from its title to the webhook status, with the chat's margin on both
		// sides
		BoundingBox box = chat.boundingBox();
		BoundingBox status = this.simulator.locator("#sim-status").boundingBox();
		save(this.simulator, "simulator.png", new Clip(0, 0, box.x * 2 + box.width, status.y + status.height + box.x));
	}

	@Test
	void bigScreen_ranksTheGuestsWithTheirPhotos() throws IOException {
		Page board = consolePage("board", 1024, 576);
		assertThat(board.locator(".board-title")).hasText("Wedding Reception");
		assertThat(board.locator(".board-row")).hasCount(LINE_GUESTS.size() + 1);
		for (String name : guestNames()) {
			assertThat(board.locator("#board-list")).containsText(name);
		}
		assertThat(board.locator(".board-row img.board-photo")).hasCount(LINE_GUESTS.size() + 1);
		assertThat(board.locator("#board-strip img")).not().hasCount(0);
		awaitImages(board, ".board img");
		save(board, "big-screen.png");
	}

	@Test
	void dashboard_listsTheGuestsWithTheirCounts() throws IOException {
		Page dashboard = consolePage("dashboard", 1280, 800);
		Locator grid = dashboard.locator("#dashboard-guests");
		for (String name : guestNames()) {
			assertThat(grid).containsText(name);
		}
		assertThat(dashboard.locator("#total-guests")).hasText(Pattern.compile("[1-9]\\d*"));
		assertThat(dashboard.locator("#total-photos")).hasText(Pattern.compile("[1-9]\\d*"));
		assertThat(dashboard.locator("#total-best-power")).hasText(Pattern.compile("\\d{1,3}(,\\d{3})+"));
		save(dashboard, "dashboard.png");
	}

	@Test
	void lineMessagesPage_showsTheMonthsUsageAndTheThrottle() throws IOException {
		Page quotaPage = consolePage("quota", 1280, 900);
		assertThat(quotaPage.locator("#quota-usage")).containsText(Pattern.compile("Used \\d+ of 200 this month"));
		assertThat(quotaPage.locator("#quota-bar")).isVisible();
		assertThat(quotaPage.locator("#throttle-state")).containsText("not busy");
		assertThat(quotaPage.locator("svg.usage-chart polyline")).hasCount(1);
		save(quotaPage, "line-messages.png");
	}

	private void sendSampleFromSimulator(String name, String sample) {
		this.simulator.navigate(base() + "simulator");
		this.simulator.locator("#sim-new-guest-name input").fill(name);
		this.simulator.locator("#sim-new-guest-language").click();
		this.simulator.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("ja").setExact(true)).click();
		this.simulator.locator("#sim-new-guest").click();
		assertThat(this.simulator.locator("#sim-chat")).containsText("幸せスカウター");
		this.simulator.locator("#sim-sample-" + sample).click();
		assertThat(this.simulator.locator("#sim-chat .sim-flex-bubble")).hasCount(1);
	}

	/** A page of the console (signed in as the admin) at this viewport size. */
	private Page consolePage(String path, int width, int height) {
		Page page = this.console.newPage();
		page.setViewportSize(width, height);
		page.navigate(base() + path);
		return page;
	}

	/**
	 * The other guests send crops of the sample photos (other pictures to the
	 * near-duplicate check, other faces and smiles to the analyzer); one sends two.
	 */
	private void sendFromPhones() {
		byte[] group = SignedWebhook.bytes("/simulator/samples/group-smiles.jpg");
		byte[] portrait = SignedWebhook.bytes("/simulator/samples/portrait.jpg");
		List<byte[]> photos = List.of(portrait, cropped(group, 935, 110, 985, 900), cropped(group, 1150, 0, 770, 1100),
				cropped(portrait, 40, 40, 440, 440), cropped(group, 980, 100, 480, 700));
		for (int i = 0; i < LINE_GUESTS.size(); i++) {
			SimulatedGuest guest = new SimulatedGuest(SignedWebhook.newUserId(), LINE_GUESTS.get(i),
					(i % 2 == 0) ? "en" : "ja");
			this.ledger.addGuest(guest);
			sendPhotoAndAwait(guest, photos.get(i));
			if (i == 1) {
				sendPhotoAndAwait(guest, cropped(group, 440, 200, 560, 700));
			}
		}
	}

	/**
	 * Earlier polls of this month (no pushes before the wedding day), then a real one
	 * after the day's pushes: the usage chart draws a line.
	 */
	private void quotaHistory() {
		Instant now = Instant.now();
		YearMonth month = YearMonth.from(now.atZone(this.quotaSettings.zone()));
		Instant start = month.atDay(1).atStartOfDay(this.quotaSettings.zone()).toInstant();
		Duration elapsed = Duration.between(start, now.minus(Duration.ofHours(1)));
		long before = this.quotaTable.last(month).map(QuotaSnapshot::used).orElse(0L);
		for (int step = 0; step < 4; step++) {
			this.quotaTable.recordPoll(
					new QuotaSnapshot(start.plus(elapsed.multipliedBy(step).dividedBy(3)), month, true, 200L, before));
		}
		this.quota.addUsage(PUSHES);
		this.poller.poll();
	}

	private static byte[] cropped(byte[] photo, int x, int y, int width, int height) {
		return PhotoCopies.jpeg(PhotoCopies.read(photo).getSubimage(x, y, width, height), 0.9f);
	}

	private static List<String> guestNames() {
		return Stream.concat(Stream.of(SIMULATOR_GUEST), LINE_GUESTS.stream()).toList();
	}

	/** Waits until every image the selector finds has loaded. */
	private static void awaitImages(Page page, String selector) {
		page.waitForFunction("(selector) => [...document.querySelectorAll(selector)]"
				+ ".every((img) => img.complete && img.naturalWidth > 0)", selector);
	}

	private static void save(Page page, String name) throws IOException {
		save(page, name, null);
	}

	/**
	 * The page (or the clipped part of it, beyond the viewport too) once its images are
	 * in.
	 */
	private static void save(Page page, String name, Clip clip) throws IOException {
		awaitImages(page, "img");
		write(name,
				page.screenshot(new Page.ScreenshotOptions().setAnimations(ScreenshotAnimations.DISABLED)
					.setCaret(ScreenshotCaret.HIDE)
					.setFullPage(clip != null)
					.setClip(clip)));
	}

	private static void write(String name, byte[] png) throws IOException {
		Files.createDirectories(IMAGES);
		Files.write(IMAGES.resolve(name), png);
	}

}
