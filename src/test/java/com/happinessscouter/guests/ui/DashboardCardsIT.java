package com.happinessscouter.guests.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.happinessscouter.audit.AuditEntry;
import com.happinessscouter.quota.QuotaSnapshot;
import com.happinessscouter.quota.Throttle;
import com.happinessscouter.quota.ThrottleMode;
import com.happinessscouter.quota.ThrottleSettings;
import com.happinessscouter.quota.internal.QuotaPoller;
import com.happinessscouter.retention.ExpiringPhotos;
import com.happinessscouter.retention.Retention;
import com.happinessscouter.submission.Submissions;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorQuota;
import com.happinessscouter.support.Browsers;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's cards on top of the dashboard: LINE usage, the throttle with its one-click
 * switch, retention with what expires soon, the answers pending; hosts see none of them.
 */
class DashboardCardsIT extends ScouterIT {

	@Autowired
	Throttle throttle;

	@Autowired
	QuotaPoller poller;

	@Autowired
	SimulatorQuota quota;

	@Autowired
	Retention retention;

	@Autowired
	ExpiringPhotos expiring;

	@Autowired
	Submissions submissions;

	private BrowserContext browser;

	@BeforeEach
	void open() {
		this.browser = Browsers.english();
	}

	@AfterEach
	void close() {
		this.browser.close();
		this.throttle.change(ThrottleMode.AUTO, "test", "restore");
		this.retention.change(90, null, null, 7, "test", "restore");
		this.quota.resetUsage();
		this.quota.plan(true, 200);
		this.poller.poll();
	}

	@Test
	void adminSeesUsageRetentionAndExpiringPhotos_onCardsLinkingToTheirPages() {
		this.quota.plan(true, 200);
		this.quota.addUsage(50);
		QuotaSnapshot usage = this.poller.poll();
		this.retention.change(5, null, null, 7, "test", "a short party");
		sendPhotoAndAwait(guest("en"), PhotoCopies.unique(SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg")));
		long expiringSoon = this.expiring.expiringBefore(Instant.now().plus(Duration.ofDays(7)));
		assertThat(expiringSoon).isPositive();

		Page console = Browsers.signIn(this.browser, base(), "admin", "admin", "dashboard");

		assertThat(console.locator("#card-usage-figure")).hasText(usage.used() + " / 200");
		assertThat(console.locator("#card-usage-bar")).isVisible();
		assertThat(console.locator("#card-usage-detail")).hasText((200 - usage.used()) + " left");
		assertThat(console.locator("#card-retention-days")).hasText("Kept 5 days");
		assertThat(console.locator("#card-retention-expiring"))
			.hasText("Photos expiring in the next 7 days: " + expiringSoon);
		assertThat(console.locator("#card-pending-figure")).hasText(String.valueOf(this.submissions.pendingAnswers()));
		assertThat(console.locator("#card-pending-link")).hasAttribute("href", "quota");
		assertThat(console.locator("#card-usage-link")).hasAttribute("href", "quota");
		assertThat(console.locator("#card-throttle-link")).hasAttribute("href", "quota");
		console.locator("#card-retention-link").click();
		assertThat(console.locator("#retention-rules")).isVisible();
	}

	@Test
	void adminForcesBusyWithAReasonFromTheDashboard_guestsGetTheBusyReply_andBackToAuto() {
		this.throttle.change(ThrottleMode.AUTO, "test", "settings the switch keeps");
		ThrottleSettings before = this.throttle.settings();
		Page console = Browsers.signIn(this.browser, base(), "admin", "admin", "dashboard");
		assertThat(console.locator("#card-throttle-state")).hasText("Auto");
		assertThat(console.locator("#card-throttle-why")).containsText("not busy");

		switchWithReason(console, "Force busy", "first dance");
		assertThat(console.locator("#card-throttle-state")).hasText("Forced busy");
		assertThat(console.locator("#card-throttle-why")).hasText("busy: forced by admin");
		AuditEntry audited = this.throttle.audit(1).getFirst();
		assertThat(audited.who()).isEqualTo("admin");
		assertThat(audited.reason()).isEqualTo("first dance");
		assertThat(audited.to()).startsWith("FORCED_BUSY");

		SimulatedGuest guest = guest("en");
		String messageId = photoOnLine("/photos/grace_hopper_512x512.jpg", "image/jpeg");
		send(SignedWebhook
			.body(SignedWebhook.event("image", Map.of("userId", guest.userId(), "messageId", messageId))));
		assertThat(awaitBotMessages(guest.userId(), 1).getFirst().message().path("text").asText())
			.contains("very busy");

		switchWithReason(console, "Back to auto", "dance is over");
		assertThat(console.locator("#card-throttle-state")).hasText("Auto");
		ThrottleSettings after = this.throttle.settings();
		assertThat(after.mode()).isEqualTo(ThrottleMode.AUTO);
		assertThat(after).usingRecursiveComparison()
			.ignoringFields("mode", "changedBy", "changedAt", "reason")
			.isEqualTo(before);
		assertThat(this.throttle.audit(1).getFirst().reason()).isEqualTo("dance is over");
	}

	@Test
	void theSwitchAsksForAReason_andCancelChangesNothing() {
		Page console = Browsers.signIn(this.browser, base(), "admin", "admin", "dashboard");
		console.locator("#card-throttle-switch").click();
		console.locator("#card-throttle-confirm").click();
		assertThat(console.locator("#card-throttle-reason")).hasAttribute("invalid", "");
		console.locator("#card-throttle-cancel").click();

		assertThat(console.locator("#card-throttle-state")).hasText("Auto");
		assertThat(this.throttle.settings().mode()).isEqualTo(ThrottleMode.AUTO);
	}

	@Test
	void theJapaneseConsoleSaysWhyTheBotIsBusyOrNotInJapanese() {
		BrowserContext japanese = Browsers.japanese();
		try {
			Page console = Browsers.signIn(japanese, base(), "admin", "admin", "dashboard");

			assertThat(console.locator("#card-throttle-state")).hasText("自動");
			assertThat(console.locator("#card-throttle-why")).containsText("混雑なし: ");
			assertThat(console.locator("#card-throttle-switch")).hasText("混雑中にする");
			assertThat(console.locator("#card-retention-link")).hasText("写真の保存期間");
		}
		finally {
			japanese.close();
		}
	}

	@Test
	void aHostSeesTheTotalsButNoCards() {
		Page console = Browsers.signIn(this.browser, base(), "host", "host", "dashboard");

		assertThat(console.locator("#dashboard-totals")).isVisible();
		assertThat(console.locator(".dashboard-card")).hasCount(0);
	}

	private static void switchWithReason(Page console, String button, String reason) {
		assertThat(console.locator("#card-throttle-switch")).hasText(button);
		console.locator("#card-throttle-switch").click();
		console.locator("#card-throttle-reason input").fill(reason);
		console.locator("#card-throttle-confirm").click();
	}

}
