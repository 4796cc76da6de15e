package com.happinessscouter.limits.ui;

import java.time.Instant;

import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.limits.GuestLimits;
import com.happinessscouter.limits.Usage;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.support.Browsers;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import com.happinessscouter.support.TestEvents;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An admin sets the guest limits on the Quotas page and one guest's own quota on the
 * guest's page; both are in force at once and in the audit trail.
 */
class QuotasPageIT extends ScouterIT {

	@Autowired
	GuestLimits limits;

	@Autowired
	Events events;

	private BrowserContext browser;

	private WeddingEvent event;

	@BeforeEach
	void open() {
		this.browser = Browsers.english();
		this.event = TestEvents.open(this.events, "Quotas page", false);
	}

	@AfterEach
	void close() {
		this.browser.close();
		this.limits.change(0, 0, 0, "test");
		TestEvents.close(this.events, this.event);
	}

	@Test
	void adminSetsTheLimits_andAGuestsOwnQuota() {
		Page console = Browsers.signIn(this.browser, base(), "admin", "admin", "limits");
		console.locator("#limits-per-guest input").fill("4");
		console.locator("#limits-per-minute input").fill("6");
		console.locator("#limits-budget input").fill("500");
		console.locator("#limits-save").click();

		assertThat(console.locator("#limits-budget-used")).containsText("/500");
		assertThat(console.locator("vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText("per guest 4, per minute 6, budget 500"))).hasCount(1);
		Assertions.assertThat(this.limits.settings().photosPerGuest()).isEqualTo(4);

		String userId = SignedWebhook.newUserId();
		this.limits.admit(userId, "m1", Instant.now());
		console.navigate(base() + "guests/" + userId);
		assertThat(console.locator("#guest-quota-used")).containsText("1/4");
		console.locator("#guest-quota input").fill("2");
		console.locator("#guest-quota-save").click();
		assertThat(console.locator("#guest-quota-used")).containsText("1/2");
		Assertions.assertThat(this.limits.usage(userId)).contains(new Usage(1, 2));
	}

	@Test
	void theDashboardShowsEachGuestsPhotosAgainstTheirQuota() {
		this.limits.change(4, 0, 0, "admin");
		SimulatedGuest guest = guest("en");
		sendPhotoAndAwait(guest, PhotoCopies.unique(SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg")));

		Page console = Browsers.signIn(this.browser, base(), "admin", "admin", "dashboard");
		console.locator("#dashboard-filter input").fill(guest.userId());

		assertThat(console.locator("#dashboard-guests vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText("1/4"))).hasCount(1);
	}

	@Test
	void aHostCannotOpenTheQuotasPage() {
		Page console = Browsers.signIn(this.browser, base(), "host", "host", "dashboard");

		console.navigate(base() + "limits");

		assertThat(console.locator("#limits-save")).hasCount(0);
	}

}
