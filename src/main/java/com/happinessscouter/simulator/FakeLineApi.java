package com.happinessscouter.simulator;

import java.io.IOException;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Messaging API as the bot sees it in local runs ({@code line.api-url} and
 * {@code line.data-api-url} point here): answers like LINE does and records what the bot
 * sends. Reply tokens are single-use; a push retry key seen before answers 409, as LINE
 * does.
 */
@RestController
@Profile("local")
@RequestMapping(path = FakeLineApi.BASE_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
class FakeLineApi {

	/**
	 * The SDK's paths are absolute ({@code /v2/bot/...}), so the fake API sits at the
	 * root of the local app: {@code line.api-url=http://localhost:8080/}.
	 */
	static final String BASE_PATH = "/v2/bot";

	/** LINE refuses a reply or push of more messages. */
	static final int MESSAGES_PER_REQUEST = 5;

	private final SimulatorLedger ledger;

	private final SimulatorFaults faults;

	private final SimulatorQuota quota;

	private final ObjectMapper json = new ObjectMapper();

	FakeLineApi(SimulatorLedger ledger, SimulatorFaults faults, SimulatorQuota quota) {
		this.ledger = ledger;
		this.faults = faults;
		this.quota = quota;
	}

	@PostMapping("/message/reply")
	ResponseEntity<String> reply(@RequestBody byte[] body) throws IOException {
		return this.faults.next("reply").orElseGet(() -> {
			JsonNode request = read(body);
			if (request.path("messages").size() > MESSAGES_PER_REQUEST) {
				return error(HttpStatus.BAD_REQUEST, "May not contain more than 5 elements");
			}
			String token = request.path("replyToken").asText();
			return this.ledger.useReplyToken(token).map((userId) -> {
				this.ledger.recordReply(token, request.path("messages"));
				return record(userId, request.path("messages"), "reply");
			}).orElseGet(() -> error(HttpStatus.BAD_REQUEST, "Invalid reply token"));
		});
	}

	@PostMapping("/message/push")
	ResponseEntity<String> push(@RequestBody byte[] body,
			@RequestHeader(name = "X-Line-Retry-Key", required = false) String retryKey) {
		return this.faults.next("push").orElseGet(() -> {
			if (!this.ledger.acceptPushRetryKey(retryKey)) {
				return error(HttpStatus.CONFLICT, "The retry key is already accepted");
			}
			JsonNode request = read(body);
			return record(request.path("to").asText(), request.path("messages"), "push");
		});
	}

	@PostMapping("/chat/loading/start")
	ResponseEntity<String> loading(@RequestBody byte[] body) {
		this.ledger.loadingShown(read(body).path("chatId").asText());
		return ResponseEntity.accepted().body("{}");
	}

	@GetMapping("/profile/{userId}")
	ResponseEntity<String> profile(@PathVariable String userId) {
		return this.ledger.guest(userId).map((guest) -> {
			ObjectNode profile = this.json.createObjectNode()
				.put("userId", guest.userId())
				.put("displayName", guest.displayName())
				.put("language", guest.language());
			return ResponseEntity.ok(profile.toString());
		}).orElseGet(() -> error(HttpStatus.NOT_FOUND, "Not found"));
	}

	@GetMapping(path = "/message/{messageId}/content", produces = MediaType.ALL_VALUE)
	ResponseEntity<byte[]> content(@PathVariable String messageId) {
		return this.ledger.content(messageId)
			.map((content) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(content.contentType()))
				.body(content.bytes()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@GetMapping("/message/quota")
	ResponseEntity<String> quota() {
		return quotaAnswer(() -> this.quota.limited()
				? this.json.createObjectNode().put("type", "limited").put("value", this.quota.limit())
				: this.json.createObjectNode().put("type", "none"));
	}

	@GetMapping("/message/quota/consumption")
	ResponseEntity<String> consumption() {
		return quotaAnswer(() -> this.json.createObjectNode()
			.put("totalUsage", this.ledger.pushCount() + this.quota.usageOffset()));
	}

	private ResponseEntity<String> quotaAnswer(java.util.function.Supplier<ObjectNode> body) {
		int status = this.quota.errorStatus();
		if (status != 0) {
			return error(HttpStatus.valueOf(status), "simulated quota failure");
		}
		return ResponseEntity.ok(body.get().toString());
	}

	private ResponseEntity<String> record(String userId, JsonNode messages, String via) {
		ObjectNode answer = this.json.createObjectNode();
		for (JsonNode message : messages) {
			this.ledger.record(userId, false, message, via);
			answer.withArray("sentMessages").addObject().put("id", UUID.randomUUID().toString());
		}
		return ResponseEntity.ok(answer.toString());
	}

	private ResponseEntity<String> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(this.json.createObjectNode().put("message", message).toString());
	}

	private JsonNode read(byte[] body) {
		try {
			return this.json.readTree(body);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("not JSON", ex);
		}
	}

}
