package com.happinessscouter.guests.ui;

import java.util.List;

import com.happinessscouter.guests.Guests;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.support.Browsers;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The guest page is headed (and the browser tab titled) with the guest's LINE display
 * name, the LINE user id below it to copy; a guest without a name is headed by the id.
 */
class GuestPageIT extends ScouterIT {

	@Autowired
	Guests guests;

	private final BrowserContext browser = Browsers.english();

	@AfterEach
	void close() {
		this.browser.close();
	}

	@Test
	void theGuestPageIsTitledWithTheGuestsName_andTheUserIdCanBeCopied() {
		SimulatedGuest guest = new SimulatedGuest(SignedWebhook.newUserId(), "Aiko Tanaka", "en");
		this.ledger.addGuest(guest);
		sendPhotoAndAwait(guest, PhotoCopies.unique(SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg")));
		await().atMost(PATIENCE).until(() -> this.guests.displayName(guest.userId()).isPresent());
		this.browser.grantPermissions(List.of("clipboard-read", "clipboard-write"));

		Page console = Browsers.signIn(this.browser, base(), "host", "host", "guests/" + guest.userId());

		assertThat(console.locator("#guest-name")).hasText("Guest Aiko Tanaka");
		assertThat(console).hasTitle("Guest Aiko Tanaka");
		assertThat(console.locator("#guest-user-id")).hasText(guest.userId());
		console.locator("#guest-user-id-copy").click();
		console.waitForCondition(() -> guest.userId().equals(console.evaluate("() => navigator.clipboard.readText()")));
	}

	@Test
	void aGuestWithoutANameIsTitledWithTheirUserId() {
		String userId = SignedWebhook.newUserId();

		Page console = Browsers.signIn(this.browser, base(), "host", "host", "guests/" + userId);

		assertThat(console.locator("#guest-name")).hasText("Guest " + userId);
		assertThat(console).hasTitle("Guest " + userId);
		assertThat(console.locator("#guest-user-id")).hasText(userId);
	}

}
