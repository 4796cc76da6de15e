package com.happinessscouter.webhook;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.RecordedSpans;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import com.happinessscouter.simulator.SimulatorLedger;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A guest's photo is one trace: the event's span with the S3, DynamoDB, analyzer and LINE
 * calls as its children.
 */
class TracingIT extends ScouterIT {

	@Autowired
	RecordedSpans spans;

	@Test
	void aPhotoIsOneTraceFromEventToAnswer() {
		SimulatedGuest guest = guest("en");
		String messageId = SignedWebhook.newMessageId();
		this.ledger.putContent(messageId, new SimulatorLedger.Content(
				PhotoCopies.unique(SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg")), "image/jpeg"));
		String eventId = "01TRACE" + messageId;
		send(SignedWebhook.body(SignedWebhook.event("image",
				Map.of("userId", guest.userId(), "messageId", messageId, "eventId", eventId))));
		awaitPhoto(guest.userId(), messageId, Photo::answered);

		List<SpanData> trace = await().atMost(PATIENCE)
			.until(() -> traceOf(eventId),
					(spans) -> names(spans)
						.containsAll(Set.of("webhook event", "analyze offline", "S3 PutObject", "DynamoDb PutItem"))
							&& names(spans).stream().anyMatch((name) -> name.startsWith("LINE ")));
		SpanData root = trace.stream()
			.filter((span) -> span.getName().equals("webhook event"))
			.findFirst()
			.orElseThrow();
		assertThat(trace).filteredOn((span) -> span != root)
			.allSatisfy((span) -> assertThat(span.getTraceId()).isEqualTo(root.getTraceId()));
	}

	/** The spans of the trace of this webhook event's processing. */
	private List<SpanData> traceOf(String eventId) {
		List<SpanData> all = this.spans.all();
		Set<String> traces = all.stream()
			.filter((span) -> span.getName().equals("webhook event")
					&& span.getAttributes().asMap().values().contains(eventId))
			.map(SpanData::getTraceId)
			.collect(Collectors.toSet());
		return all.stream().filter((span) -> traces.contains(span.getTraceId())).toList();
	}

	private static Set<String> names(List<SpanData> spans) {
		return spans.stream().map(SpanData::getName).collect(Collectors.toSet());
	}

}
