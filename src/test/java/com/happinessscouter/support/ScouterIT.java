package com.happinessscouter.support;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.happinessscouter.line.LineProperties;
import com.happinessscouter.simulator.ChatEntry;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorLedger;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoKey;
import com.happinessscouter.submission.Submissions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * The whole app as one shared Spring context per test JVM: the {@code local} profile
 * (offline face model, simulated LINE API), on a fixed port, against the shared
 * emulators. Tests keep apart by using fresh guests (user ids).
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT,
		properties = { "app.webhook.sweep-interval=300ms", "app.events.seed-demo=false",
				"app.metrics.scrape-token=" + ScouterIT.SCRAPE_TOKEN, "app.dynamodb.table=scouter-it",
				"app.s3.bucket=scouter-it",
				// screens show the ranking until a test switches them; the show's turns
				// are short so a test sees them
				"app.leaderboard.show.mode=ranking", "app.leaderboard.show.ranking=3s", "app.leaderboard.show.wall=3s",
				"app.leaderboard.show.wall-page=2s", "app.leaderboard.show.wall-photos=3",
				"app.leaderboard.show.reveal-step=1s",
				// a long first wait: a test sees a throttled address refused however slow
				// the machine
				"app.console.login.first-delay=60s" })
@ActiveProfiles("local")
@Import(RecordedSpans.class)
public abstract class ScouterIT {

	protected static final int PORT = Emulators.freePort();

	/** The metrics scraper's token in tests. */
	protected static final String SCRAPE_TOKEN = "test-scrape-token";

	private static final ObjectMapper JSON = new ObjectMapper();

	protected static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	protected SimulatorLedger ledger;

	@Autowired
	protected Submissions submissions;

	@Autowired
	private LineProperties line;

	@DynamicPropertySource
	static void emulators(DynamicPropertyRegistry registry) {
		Map<String, Object> properties = Emulators.shared().properties();
		properties.forEach((name, value) -> registry.add(name, () -> value));
		registry.add("server.port", () -> PORT);
	}

	protected static URI callback() {
		return URI.create("http://localhost:" + PORT + "/callback");
	}

	protected static URI base() {
		return URI.create("http://localhost:" + PORT + "/");
	}

	protected SignedWebhook webhook() {
		return new SignedWebhook(this.line.channelSecret());
	}

	/** A new guest known to the simulated LINE profile API. */
	protected SimulatedGuest guest(String language) {
		SimulatedGuest guest = new SimulatedGuest(SignedWebhook.newUserId(), "Guest " + language, language);
		this.ledger.addGuest(guest);
		return guest;
	}

	/**
	 * Makes a photo downloadable from the simulated content API; returns its message id.
	 */
	protected String photoOnLine(String resource, String contentType) {
		String messageId = SignedWebhook.newMessageId();
		this.ledger.putContent(messageId, new SimulatorLedger.Content(SignedWebhook.bytes(resource), contentType));
		return messageId;
	}

	/** A guest sends these JPEG bytes; waits until the bot has answered. */
	protected Photo sendPhotoAndAwait(SimulatedGuest guest, byte[] jpeg) {
		String messageId = SignedWebhook.newMessageId();
		this.ledger.putContent(messageId, new SimulatorLedger.Content(jpeg, "image/jpeg"));
		send(SignedWebhook
			.body(SignedWebhook.event("image", Map.of("userId", guest.userId(), "messageId", messageId))));
		return awaitPhoto(guest.userId(), messageId, Photo::answered);
	}

	/**
	 * Posts a signed body; its reply tokens become valid at the simulated LINE API first.
	 */
	protected int send(String body) {
		return send(callback(), body);
	}

	protected int send(URI callback, String body) {
		issueReplyTokens(body);
		return webhook().post(callback, body);
	}

	private void issueReplyTokens(String body) {
		try {
			for (JsonNode event : JSON.readTree(body).path("events")) {
				if (event.hasNonNull("replyToken")) {
					this.ledger.issueReplyToken(event.get("replyToken").asText(),
							event.path("source").path("userId").asText());
				}
			}
		}
		catch (JsonProcessingException malformedOnPurpose) {
			// tests of malformed bodies: there is nothing to issue
		}
	}

	protected List<ChatEntry> awaitBotMessages(String userId, int count) {
		return await().atMost(PATIENCE)
			.until(() -> this.ledger.botMessages(userId), (messages) -> messages.size() >= count);
	}

	protected Photo awaitPhoto(String userId, String messageId, Predicate<Photo> until) {
		PhotoKey key = new PhotoKey(userId, messageId);
		return await().atMost(PATIENCE)
			.until(() -> this.submissions.find(key), (photo) -> photo.isPresent() && until.test(photo.get()))
			.orElseThrow();
	}

	protected Optional<Photo> photo(String userId, String messageId) {
		return this.submissions.find(new PhotoKey(userId, messageId));
	}

}
