package com.happinessscouter.leaderboard.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.guests.Guests;
import com.happinessscouter.leaderboard.Leaderboard;
import com.happinessscouter.leaderboard.Standing;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoStatus;
import com.happinessscouter.support.Browsers;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.QrDecoder;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import com.happinessscouter.support.TestEvents;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ScreenshotAnimations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Table teams in a real browser: guests join their tables from the LINE simulator
 * ({@code table 1}, {@code テーブル２}) and send sample photos; the big screen's table ranking
 * shows a table once three of its guests have a score and reorders as others fill up; a
 * move takes a table off; the printable table cards' QR codes decode to LINE's message
 * link with {@code table N}. Writes {@code table-ranking.png} to
 * {@code target/screenshots} (or {@code -Dscreenshots.dir=docs/images}).
 */
class TableTeamsPageIT extends ScouterIT {

	private static final Path IMAGES = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

	private static final List<String> POOL = List.of("Emily", "健太", "さくら", "James");

	@Autowired
	Events events;

	@Autowired
	Leaderboard leaderboard;

	@Autowired
	Guests guests;

	private BrowserContext browser;

	private WeddingEvent event;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.close();
		}
		TestEvents.close(this.events, this.event);
	}

	@Test
	void guestsJoinTablesInTheSimulator_andTheTableRankingShowsAndReorders() throws IOException {
		Instant now = Instant.now();
		this.event = this.events
			.save(new WeddingEvent(null, "Table teams", "Aoi & Ren", now.minus(Duration.ofMinutes(1)),
					now.plus(Duration.ofHours(2)), true, false, null, null, List.of("1", "2")), "test");
		List<SimulatedGuest> pool = scoredPool();
		this.browser = Browsers.english();
		Page board = Browsers.signIn(this.browser, base(), "host", "host", "board");
		board.setViewportSize(1280, 720);
		assertThat(board.locator("#board-tables")).containsText("Table teams");
		assertThat(board.locator("#board-tables-empty")).isVisible();

		Page simulator = this.browser.newPage();
		simulator.navigate(base() + "simulator");
		long hana = joinAndSmile(simulator, "Hana", "table 1", "You joined table 1", "portrait");
		long kenta = joinAndSmile(simulator, "Kenta", "テーブル２", "You joined table 2", "group-smiles");
		assertThat(board.locator(".board-table-row")).hasCount(0);

		// the table that will end lower fills up first: it leads alone, then is overtaken
		long mean1 = mean(power(pool.get(0)), power(pool.get(1)), hana);
		long mean2 = mean(power(pool.get(2)), power(pool.get(3)), kenta);
		int winner = (mean2 > mean1) ? 2 : 1;
		int loser = 3 - winner;
		seat(pool.subList(2 * loser - 2, 2 * loser), loser);
		assertThat(board.locator(".board-table-row")).hasCount(1);
		assertThat(row(board, 1)).hasAttribute("data-table", Integer.toString(loser));
		seat(pool.subList(2 * winner - 2, 2 * winner), winner);
		assertThat(board.locator(".board-table-row")).hasCount(2);
		assertThat(row(board, 1)).hasAttribute("data-table", Integer.toString(winner));
		assertThat(row(board, 2)).hasAttribute("data-table", Integer.toString(loser));
		assertThat(row(board, 1)).containsText("Table " + winner);
		assertThat(row(board, 1)).containsText("3 players");
		assertThat(row(board, 1)).containsText(String.format(Locale.ENGLISH, "%,d", Math.max(mean1, mean2)));
		screenshot(board, "table-ranking.png");

		// Kenta moves to table 1: table 2 has two scored guests left and leaves the
		// ranking
		simulator.locator("#sim-text input").fill("table 1");
		simulator.locator("#sim-send-text").click();
		assertThat(simulator.locator("#sim-chat")).containsText("You moved from table 2 to table 1");
		assertThat(board.locator(".board-table-row")).hasCount(1);
		assertThat(row(board, 1)).hasAttribute("data-table", "1");
		assertThat(row(board, 1)).containsText("4 players");

		dashboardAndCsvTellTheTable(pool.get(0));
		cardsOpenLineWithTheTable();
	}

	/** The dashboard's column and the CSV's: Emily sits at table 1. */
	private void dashboardAndCsvTellTheTable(SimulatedGuest emily) throws IOException {
		Page dashboard = this.browser.newPage();
		dashboard.navigate(base() + "dashboard");
		assertThat(dashboard.locator("#dashboard-guests")).containsText("Table (open event)");
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		this.guests.writeCsv("test", csv);
		assertThat(csv.toString(StandardCharsets.UTF_8).lines())
			.anyMatch((line) -> line.startsWith("\"" + emily.userId() + "\",\"Emily\",") && line.endsWith(",\"1\""));
	}

	/** Each table's card has a QR code opening LINE with "table N" for the bot. */
	private void cardsOpenLineWithTheTable() {
		Page cards = this.browser.newPage();
		cards.navigate(base() + "board/tables");
		assertThat(cards.locator(".table-card")).hasCount(2);
		assertThat(cards.locator(".table-card").first()).containsText("テーブル 1");
		byte[] png = cards.locator(".table-card").nth(1).locator("img").screenshot();
		assertThat(QrDecoder.decode(png)).isEqualTo("https://line.me/R/oaMessage/%40scouter-demo/?table%202");
	}

	/**
	 * Four guests with a scored photo each (crops of the samples), seated nowhere yet.
	 */
	private List<SimulatedGuest> scoredPool() {
		byte[] group = SignedWebhook.bytes("/simulator/samples/group-smiles.jpg");
		byte[] portrait = SignedWebhook.bytes("/simulator/samples/portrait.jpg");
		List<byte[]> jpegs = List.of(PhotoCopies.cropped(group, 935, 110, 985, 900),
				PhotoCopies.cropped(group, 1150, 0, 770, 1100), PhotoCopies.cropped(portrait, 40, 40, 440, 440),
				PhotoCopies.cropped(group, 980, 100, 480, 700));
		List<SimulatedGuest> pool = new ArrayList<>();
		for (int i = 0; i < POOL.size(); i++) {
			SimulatedGuest guest = new SimulatedGuest(SignedWebhook.newUserId(), POOL.get(i), "en");
			this.ledger.addGuest(guest);
			Photo photo = sendPhotoAndAwait(guest, jpegs.get(i));
			assertThat(photo.status()).isEqualTo(PhotoStatus.SCORED);
			pool.add(guest);
		}
		return pool;
	}

	/** A new simulator guest joins a table by text and sends a sample; their power. */
	private long joinAndSmile(Page simulator, String name, String text, String joined, String sample) {
		simulator.locator("#sim-new-guest-name input").fill(name);
		simulator.locator("#sim-new-guest").click();
		simulator.locator("#sim-text input").fill(text);
		simulator.locator("#sim-send-text").click();
		assertThat(simulator.locator("#sim-chat")).containsText(joined);
		simulator.locator("#sim-sample-" + sample).click();
		return await().pollInSameThread()
			.atMost(PATIENCE)
			.until(() -> this.leaderboard.top(this.event.id(), 20)
				.stream()
				.filter((standing) -> name.equals(standing.displayName()))
				.findFirst(), (standing) -> standing.isPresent())
			.map(Standing::power)
			.orElseThrow();
	}

	/** The guests join the table over the webhook, as their phones would. */
	private void seat(List<SimulatedGuest> guests, int table) {
		for (SimulatedGuest guest : guests) {
			int before = this.ledger.botMessages(guest.userId()).size();
			send(SignedWebhook
				.body(SignedWebhook.event("text", Map.of("userId", guest.userId(), "text", "table " + table))));
			awaitBotMessages(guest.userId(), before + 1);
		}
	}

	private long power(SimulatedGuest guest) {
		return this.leaderboard.standingOf(this.event.id(), guest.userId()).orElseThrow().power();
	}

	private static long mean(long... powers) {
		return Math.round(java.util.Arrays.stream(powers).average().orElse(0));
	}

	private static Locator row(Page board, int rank) {
		return board.locator(".board-table-row[data-rank='" + rank + "']");
	}

	private static void screenshot(Page page, String name) throws IOException {
		Files.createDirectories(IMAGES);
		// the rows' glide is finished at once (finite transitions jump to their end)
		Files.write(IMAGES.resolve(name),
				page.screenshot(new Page.ScreenshotOptions().setAnimations(ScreenshotAnimations.DISABLED)));
	}

}
