package com.happinessscouter.quota.ui;

import java.util.regex.Pattern;

import com.happinessscouter.limits.GuestLimits;
import com.happinessscouter.quota.Throttle;
import com.happinessscouter.quota.ThrottleMode;
import com.happinessscouter.support.Browsers;
import com.happinessscouter.support.ScouterIT;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An admin turns the bot to "busy" in the console; a guest's photo then gets the busy
 * reply; back on AUTO, photos are scored again. The switch's reason reads in the
 * console's language.
 */
class QuotaPageIT extends ScouterIT {

	@Autowired
	Throttle throttle;

	@Autowired
	GuestLimits limits;

	private BrowserContext browser;

	@BeforeEach
	void open() {
		this.browser = Browsers.english();
	}

	@AfterEach
	void close() {
		this.browser.close();
		this.throttle.change(ThrottleMode.AUTO, "test", "restore");
		this.limits.change(0, 0, 0, "test");
	}

	@Test
	void adminForcesBusyAndGuestsGetTheBusyReplyUntilAutoIsBack() {
		Page console = Browsers.signIn(this.browser, base(), "admin", "admin", "quota");
		assertThat(console.locator("#quota-usage")).containsText("of 200");

		setMode(console, "Forced busy", "first dance");
		assertThat(console.locator("#throttle-state")).containsText("busy: forced by admin");

		Page guest = this.browser.newPage();
		guest.navigate(base() + "simulator");
		assertThat(guest.locator("#sim-new-guest-language")).containsText("en");
		guest.locator("#sim-new-guest").click();
		guest.locator("#sim-sample-portrait").click();
		assertThat(guest.locator("#sim-chat")).containsText("very busy");
		assertThat(guest.locator("#sim-chat .sim-flex-bubble")).hasCount(0);

		setMode(console, "Auto", "dance is over");
		assertThat(console.locator("#throttle-state")).containsText("not busy");
		guest.locator("#sim-sample-portrait").click();
		assertThat(guest.locator("#sim-chat .sim-flex-bubble").first()).containsText("Happiness power");
	}

	@Test
	void theJapanesePageSaysInJapaneseThatAutoFollowsTheAnalysisBudget_notPushes() {
		BrowserContext japanese = Browsers.japanese();
		try {
			Page console = Browsers.signIn(japanese, base(), "admin", "admin", "quota");
			Locator badge = console.locator("#throttle-state");
			assertThat(badge).hasText(Pattern.compile("混雑なし: 月の解析予算は未設定（今月の解析 [\\d,]+ 件）"));

			this.limits.change(0, 0, 10_000, "test");
			this.throttle.refresh();
			await().atMost(PATIENCE).until(() -> "quota.decision.within-budget".equals(this.throttle.decision().key()));
			console.reload();

			assertThat(badge).hasText(Pattern.compile("混雑なし: 今月の解析 [\\d,]+ 件、予算 10,000 件"));
			assertThat(badge).not().containsText(Pattern.compile("busy|push|threshold|プッシュ"));
		}
		finally {
			japanese.close();
		}
	}

	private static void setMode(Page console, String mode, String reason) {
		console.locator("#throttle-mode").click();
		console.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(mode).setExact(true)).click();
		console.locator("#throttle-reason input").fill(reason);
		console.locator("#throttle-save").click();
	}

}
