package com.happinessscouter.album;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.happinessscouter.audit.AuditAction;
import com.happinessscouter.audit.AuditEntry;
import com.happinessscouter.audit.AuditLog;
import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.line.LineProperties;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.support.Browsers;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import com.happinessscouter.support.TestEvents;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The keepsakes in a browser: a guest's album page (their photos, scores, downloads), the
 * kind refusals of an expired link and another guest's, and the couple's event album
 * (only shown photos, as a page and an audited ZIP).
 */
class AlbumPagesIT extends ScouterIT {

	@Autowired
	Albums albums;

	@Autowired
	LineProperties line;

	@Autowired
	Events events;

	@Autowired
	AuditLog audit;

	@Autowired
	S3Client s3;

	private BrowserContext browser;

	private WeddingEvent event;

	@BeforeEach
	void open() {
		this.browser = Browsers.english();
	}

	@AfterEach
	void close() {
		this.browser.close();
		TestEvents.close(this.events, this.event);
	}

	@Test
	void guestAlbum_showsTheGuestsPhotosWithScores_andDownloadsOne() throws IOException {
		SimulatedGuest guest = guest("en");
		Photo photo = sendPhotoAndAwait(guest, PhotoCopies.unique(SignedWebhook.bytes("/photos/sample3.jpg")));
		Page page = this.browser.newPage();

		Response response = page.navigate(this.albums.linkFor(guest.userId()).orElseThrow());

		assertThat(response.status()).isEqualTo(200);
		assertThat(page.locator("h1")).hasText("My happiness album");
		assertThat(page.locator(".album-photo")).hasCount(1);
		assertThat(page.locator(".album-power"))
			.hasText("Happiness power " + String.format("%,d", photo.score().power()));
		page.waitForFunction("() => { const img = document.querySelector('.album-photo img');"
				+ " return img && img.complete && img.naturalWidth > 0; }");
		Download download = page.waitForDownload(() -> page.locator(".album-photo a.download").click());
		assertThat(download.suggestedFilename()).isEqualTo(photo.key().imageId() + ".jpg");
		byte[] stored = this.s3.getObjectAsBytes((get) -> get.bucket("scouter-it").key(photo.s3Key())).asByteArray();
		assertThat(Files.readAllBytes(download.path())).isEqualTo(stored);
	}

	@Test
	void expiredLink_isRefusedKindly_andShowsNoPhoto() {
		SimulatedGuest guest = guest("en");
		sendPhotoAndAwait(guest, PhotoCopies.unique(SignedWebhook.bytes("/photos/sample3.jpg")));
		Instant issued = Instant.now().minus(Duration.ofDays(31));
		String token = new AlbumSignature(this.line.channelSecret(), Clock.fixed(issued, ZoneOffset.UTC))
			.sign(guest.userId(), issued.plus(Duration.ofDays(30)));
		Page page = this.browser.newPage();

		Response response = page.navigate(base() + "album/" + token);

		assertThat(response.status()).isEqualTo(410);
		assertThat(page.locator("#album-refusal")).containsText("This link has expired");
		assertThat(page.locator(".album-photo")).hasCount(0);
	}

	@Test
	void anotherGuestsLink_isRefused_andShowsNeitherAlbum() {
		SimulatedGuest alice = guest("ja");
		SimulatedGuest bob = guest("en");
		sendPhotoAndAwait(bob, PhotoCopies.unique(SignedWebhook.bytes("/photos/sample3.jpg")));
		String alices = this.albums.linkFor(alice.userId()).orElseThrow();
		String bobs = this.albums.linkFor(bob.userId()).orElseThrow();
		String forged = bobs.substring(0, bobs.lastIndexOf('/') + 1)
				+ bobs.substring(bobs.lastIndexOf('/') + 1).split("\\.")[0]
				+ alices.substring(alices.indexOf('.', alices.lastIndexOf('/')));
		Page page = this.browser.newPage();

		Response response = page.navigate(forged);

		assertThat(response.status()).isEqualTo(403);
		assertThat(page.locator("#album-refusal")).containsText("This link cannot be opened");
		assertThat(page.locator(".album-photo")).hasCount(0);
	}

	@Test
	void eventAlbum_showsOnlyShownPhotos_andItsZipHasThem_audited() throws IOException {
		this.event = TestEvents.open(this.events, "album event", false);
		Photo shown = sendPhotoAndAwait(guest("en"), PhotoCopies.unique(SignedWebhook.bytes("/photos/sample3.jpg")));
		Photo hidden = sendPhotoAndAwait(guest("en"),
				PhotoCopies.unique(SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg")));
		this.submissions.setHidden(hidden.key(), true);
		await().atMost(PATIENCE).until(() -> this.albums.ofEvent(this.event.id()).size() == 1);

		Page console = Browsers.signIn(this.browser, base(), "host", "host", "event-album?event=" + this.event.id());

		assertThat(console.locator(".event-album-photo")).hasCount(1);
		assertThat(console.locator(".event-album-photo").first()).hasAttribute("data-image", shown.key().imageId());
		Download zip = console.waitForDownload(() -> console.locator("#event-album-zip").click());
		assertThat(entries(zip)).singleElement()
			.satisfies((name) -> assertThat(name)
				.endsWith("(" + shown.key().userId() + ")/" + shown.key().imageId() + ".jpg"));
		List<AuditEntry> downloads = this.audit.latest(20, AuditAction.EVENT_ALBUM_ZIP);
		assertThat(downloads).anySatisfy((entry) -> {
			assertThat(entry.who()).isEqualTo("host");
			assertThat(entry.target()).isEqualTo(this.event.id());
			assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.DONE);
		});
	}

	private static List<String> entries(Download zip) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip.path()))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}

}
