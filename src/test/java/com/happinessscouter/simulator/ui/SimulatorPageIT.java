package com.happinessscouter.simulator.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

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
 * A guest's view: the simulator page in a real browser, a sample photo (shown in the chat
 * as sent), the Flex reply, texts typed or sent by tapping the rich menu.
 */
class SimulatorPageIT extends ScouterIT {

	@Autowired
	private RichMenus richMenus;

	private BrowserContext browser;

	private Page page;

	@BeforeEach
	void open() {
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
	void guestSendsASamplePhotoAndSeesTheHappinessPower() {
		this.page.locator("#sim-new-guest-name input").fill("花子");
		this.page.locator("#sim-new-guest").click();
		assertThat(this.page.locator("#sim-chat")).containsText("幸せスカウター");

		this.page.locator("#sim-sample-group-smiles").click();

		Locator flex = this.page.locator("#sim-chat .sim-flex-bubble").first();
		assertThat(flex).isVisible();
		assertThat(flex).containsText("幸せ戦闘力");
		assertThat(flex).containsText(Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+"));
		for (String emotion : new String[] { "幸せ", "穏やか", "驚き", "恐れ", "困惑", "嫌悪", "怒り", "悲しみ" }) {
			assertThat(flex).containsText(emotion);
		}
		Locator sent = this.page.locator("#sim-chat .sim-message--guest img.sim-photo");
		assertThat(sent).hasCount(1);
		assertThat(sent).hasAttribute("alt", "送った写真");
		int width = sampleWidth("group-smiles");
		this.page.waitForCondition(() -> ((Number) sent.evaluate("(image) => image.complete ? image.naturalWidth : 0"))
			.intValue() == width);
		assertThat(this.page.locator("#sim-chat")).not().containsText("（写真）");
	}

	/** The sample's own width: the chat shows the very bytes sent. */
	private static int sampleWidth(String sample) {
		try (InputStream in = SimulatorPageIT.class.getResourceAsStream("/simulator/samples/" + sample + ".jpg")) {
			return ImageIO.read(in).getWidth();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void guestTypesHelpAndReadsHowToPlay() {
		this.page.locator("#sim-new-guest").click();
		this.page.locator("#sim-text input").fill("help");
		this.page.locator("#sim-send-text").click();

		assertThat(this.page.locator("#sim-chat")).containsText("遊び方");
	}

	@Test
	void guestTapsRankingThenHowToPlayInTheRichMenu_andGetsEachAnswer() {
		this.richMenus.ensure("it");
		this.page.locator("#sim-new-guest").click();
		Locator bot = this.page.locator("#sim-chat .sim-message--bot");
		assertThat(bot).hasCount(1);
		Locator menu = this.page.locator("#sim-richmenu");
		assertThat(menu.locator("img")).isVisible();
		this.page.waitForCondition(
				() -> ((Number) menu.locator("img").evaluate("(image) => image.naturalWidth")).intValue() == 2500);
		assertThat(menu.locator(".sim-richmenu-area")).hasCount(6);

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
