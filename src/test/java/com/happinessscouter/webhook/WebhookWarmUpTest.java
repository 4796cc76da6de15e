package com.happinessscouter.webhook;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.happinessscouter.webhook.inbox.EventCodec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookWarmUpTest {

	@Test
	void theSampleEventsAreAnImageATextAndAFollowThatTheCodecReads() throws Exception {
		EventCodec codec = new EventCodec();
		JsonNode events = codec.tree(WebhookWarmUp.SAMPLE_EVENTS.getBytes(StandardCharsets.UTF_8));

		assertThat(events).hasSize(3);
		for (JsonNode event : events) {
			assertThat(codec.decode(event)).as(event.toString()).isNotNull();
		}
	}

}
