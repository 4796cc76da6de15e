package com.happinessscouter.retention.ui;

import com.happinessscouter.retention.Retention;
import com.happinessscouter.support.Browsers;
import com.happinessscouter.support.ScouterIT;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An admin sets retention to 7 days and sees the rule read back from the bucket. */
class RetentionPageIT extends ScouterIT {

	@Autowired
	Retention retention;

	private BrowserContext browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.close();
		}
		this.retention.change(90, null, null, 7, "test", "restore");
	}

	@Test
	void adminSetsSevenDaysAndTheBucketShowsIt() {
		this.browser = Browsers.english();
		Page page = Browsers.signIn(this.browser, base(), "admin", "admin", "retention");

		page.locator("#retention-days input").fill("7");
		page.locator("#retention-reason input").fill("privacy first");
		page.locator("#retention-apply").click();

		assertThat(page.locator("#retention-rules")).containsText("happiness-scouter-photos");
		assertThat(page.locator("#retention-drift")).containsText("matches");
		assertThat(page.locator("vaadin-grid-cell-content")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("privacy first"))).hasCount(1);

		page.locator("#retention-transition input").fill("3");
		page.locator("#retention-move").click();
		page.locator("#retention-apply").click();
		assertThat(page.locator("#retention-errors")).containsText("30 days");
	}

}
