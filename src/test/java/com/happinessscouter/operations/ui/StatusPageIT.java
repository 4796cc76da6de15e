package com.happinessscouter.operations.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.happinessscouter.support.Browsers;
import com.happinessscouter.support.ScouterIT;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's status page lists every dependency's health and the alarms; a host is
 * refused it. The Prometheus endpoint answers only a scraper with the token.
 */
class StatusPageIT extends ScouterIT {

	@Test
	void adminSeesEachDependencyAndTheAlarms() {
		BrowserContext browser = Browsers.english();
		try {
			Page page = Browsers.signIn(browser, base(), "admin", "admin", "status");
			assertThat(page.locator("#status-health")).containsText("dynamoDb");
			assertThat(page.locator("#status-health")).containsText("photoBucket");
			assertThat(page.locator("#status-health")).containsText("line");
			assertThat(page.locator("#status-health")).containsText("analyzer");
			assertThat(page.locator("#status-alarms")).containsText("queue-depth");
			assertThat(page.locator("#status-summary")).containsText("Alarms firing");

			page.navigate(base() + "cost");
			assertThat(page.locator("#cost-lines")).containsText("Photo uploads (S3 PUT)");
			assertThat(page.locator("#cost-total")).containsText("USD projected");
			assertThat(page.locator("#cost-reference")).containsText("1,000 analysed and stored photos");

		}
		finally {
			browser.close();
		}
		BrowserContext hostBrowser = Browsers.english();
		try {
			Page host = Browsers.signIn(hostBrowser, base(), "host", "host", "dashboard");
			host.navigate(base() + "status");
			assertThat(host.locator("#dashboard-totals")).hasCount(0);
			assertThat(host.locator("#status-health")).hasCount(0);
		}
		finally {
			hostBrowser.close();
		}
	}

	@Test
	void prometheusAnswersOnlyWithTheScrapeToken() throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			assertThat(scrape(http, null).statusCode()).isEqualTo(401);
			assertThat(scrape(http, "Bearer wrong").statusCode()).isEqualTo(401);
			HttpResponse<String> scraped = scrape(http, "Bearer " + SCRAPE_TOKEN);
			assertThat(scraped.statusCode()).isEqualTo(200);
			assertThat(scraped.body()).contains("app_aws_calls_seconds_count").contains("app_alarms_firing");
		}
	}

	private static HttpResponse<String> scrape(HttpClient http, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "actuator/prometheus"));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
