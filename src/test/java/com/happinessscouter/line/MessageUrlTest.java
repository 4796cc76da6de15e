package com.happinessscouter.line;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** LINE's link that opens the chat with the bot with a text typed in. */
class MessageUrlTest {

	@Test
	void opensTheBotsChatWithThePercentEncodedText() {
		assertThat(line("@scouter-demo").messageUrl("テーブル 3"))
			.contains("https://line.me/R/oaMessage/%40scouter-demo/?%E3%83%86%E3%83%BC%E3%83%96%E3%83%AB%203");
		assertThat(line("scouter-demo").messageUrl("table 3"))
			.contains("https://line.me/R/oaMessage/%40scouter-demo/?table%203");
	}

	@Test
	void needsTheBasicId() {
		assertThat(line(" ").messageUrl("table 3")).isEmpty();
		assertThat(line(null).messageUrl("table 3")).isEmpty();
	}

	private static LineProperties line(String basicId) {
		return new LineProperties("secret", "token", URI.create("https://api.line.me"),
				URI.create("https://api-data.line.me"), Duration.ofSeconds(5), 8, basicId, null,
				Duration.ofSeconds(10));
	}

}
