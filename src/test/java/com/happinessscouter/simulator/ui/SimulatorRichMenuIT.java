package com.happinessscouter.simulator.ui;

import com.happinessscouter.richmenu.RichMenus;
import com.happinessscouter.support.Browsers;
import com.happinessscouter.support.ScouterIT;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The rich menu in the simulator, in a real browser: the guest sees the bot's menu under
 * the chat, and a tap sends that button's text through the signed webhook, as typing it
 * would.
 */
class SimulatorRichMenuIT extends ScouterIT {

	@Autowired
	private RichMenus richMenus;

	private BrowserContext browser;

	private Page page;

	@BeforeEach
	void open() {
		this.richMenus.ensure("it");
		this.browser = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale("ja-JP"));
		this.page = this.browser.newPage();
		this.page.setDefaultTimeout(60_000);
		this.page.navigate(base() + "simulator");
	}

	@AfterEach
	void close() {
		this.browser.close();
	}

	@Test
	void guestTapsRankingThenHowToPlay_andGetsEachAnswer() {
		this.page.locator("#sim-new-guest").click();
		Locator bot = this.page.locator("#sim-chat .sim-message--bot");
		assertThat(bot).hasCount(1);
		Locator menu = this.page.locator("#sim-richmenu");
		assertThat(menu.locator("img")).isVisible();
		assertThat(menu.locator(".sim-richmenu-area")).hasCount(4);

		menu.locator("[aria-label='ランキング']").click();

		assertThat(this.page.locator("#sim-chat .sim-message--guest").last()).hasText("ランキング");
		assertThat(bot).hasCount(2);
		assertThat(bot.nth(1)).containsText("ランキング");
		assertThat(bot.nth(1)).not().containsText("遊び方");

		menu.locator("[aria-label='使い方']").click();

		assertThat(bot).hasCount(3);
		assertThat(bot.nth(2)).containsText("遊び方");
	}

}
