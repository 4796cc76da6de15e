package com.happinessscouter.richmenu.ui;

import java.util.List;

import com.happinessscouter.simulator.SimulatorRichMenus;
import com.happinessscouter.support.Browsers;
import com.happinessscouter.support.ScouterIT;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin sees both menu images and makes the menu anew: LINE then has exactly the new
 * pair, and the audit log says who did it.
 */
class RichMenuPageIT extends ScouterIT {

	@Autowired
	private SimulatorRichMenus line;

	private BrowserContext browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void adminMakesTheMenuAnew_andLineHasOnlyTheNewPair() {
		this.browser = Browsers.english();
		Page page = Browsers.signIn(this.browser, base(), "admin", "admin", "rich-menu");
		for (String language : List.of("ja", "en")) {
			Locator preview = page.locator("#richmenu-preview-" + language);
			assertThat(preview).isVisible();
			assertThat(preview.evaluate("(image) => image.naturalWidth")).isEqualTo(2500);
		}
		List<String> before = this.line.menus().stream().map(SimulatorRichMenus.Menu::id).toList();

		page.locator("#richmenu-create").click();

		assertThat(page.locator("vaadin-notification-card")).containsText("Rich menu made");
		List<String> after = this.line.menus().stream().map(SimulatorRichMenus.Menu::id).toList();
		assertThat(after).hasSize(2).doesNotContainAnyElementsOf(before);
		assertThat(page.locator("#richmenu-current")).containsText(after.get(0));
		assertThat(page.locator("vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText("admin"))
			.first()).isVisible();
	}

}
