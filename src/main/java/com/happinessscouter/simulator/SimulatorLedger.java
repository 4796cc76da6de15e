package com.happinessscouter.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the simulator knows: its guests, the content they sent, which reply token belongs
 * to whom, the conversations, and counts of what the bot sent (replies, pushes, loading
 * animations). In memory: the simulator is a local tool.
 */
public class SimulatorLedger {

	private final Map<String, SimulatedGuest> guests = new ConcurrentHashMap<>();

	private final Map<String, Supplier<Content>> contents = new ConcurrentHashMap<>();

	private final Map<String, String> replyTokens = new ConcurrentHashMap<>();

	private final Set<String> usedReplyTokens = ConcurrentHashMap.newKeySet();

	private final Set<String> pushRetryKeys = ConcurrentHashMap.newKeySet();

	private final Map<String, List<ChatEntry>> chats = new ConcurrentHashMap<>();

	private final Map<String, Integer> loading = new ConcurrentHashMap<>();

	private final Map<String, Reply> replies = new ConcurrentHashMap<>();

	private final Clock clock;

	/** Bytes served by the fake content endpoint. */
	public record Content(byte[] bytes, String contentType) {
	}

	/**
	 * What went out with one reply token, and when (load scripts tell whose answer it
	 * carried).
	 */
	public record Reply(Instant at, JsonNode messages) {
	}

	public SimulatorLedger(Clock clock) {
		this.clock = clock;
	}

	public void addGuest(SimulatedGuest guest) {
		this.guests.put(guest.userId(), guest);
	}

	public Optional<SimulatedGuest> guest(String userId) {
		return Optional.ofNullable(this.guests.get(userId));
	}

	public Collection<SimulatedGuest> guests() {
		return List.copyOf(this.guests.values());
	}

	public void putContent(String messageId, Content content) {
		this.contents.put(messageId, () -> content);
	}

	/** Content made when it is downloaded (load scripts: nothing held in memory). */
	public void putContent(String messageId, Supplier<Content> content) {
		this.contents.put(messageId, content);
	}

	public Optional<Content> content(String messageId) {
		return Optional.ofNullable(this.contents.get(messageId)).map(Supplier::get);
	}

	/**
	 * Where a page loads the content of {@code messageId}: the fake LINE content
	 * endpoint, relative to the app's root.
	 */
	public static String contentPath(String messageId) {
		return FakeLineApi.BASE_PATH.substring(1) + "/message/" + messageId + "/content";
	}

	public void issueReplyToken(String token, String userId) {
		this.replyTokens.put(token, userId);
	}

	/**
	 * @return the guest the token was issued to, if it exists and was not used before
	 */
	public Optional<String> useReplyToken(String token) {
		String userId = this.replyTokens.get(token);
		if (userId == null || !this.usedReplyTokens.add(token)) {
			return Optional.empty();
		}
		return Optional.of(userId);
	}

	/**
	 * @return {@code false} when a push with this retry key was accepted before
	 */
	public boolean acceptPushRetryKey(String retryKey) {
		return retryKey == null || this.pushRetryKeys.add(retryKey);
	}

	public void record(String userId, boolean fromGuest, JsonNode message, String via) {
		this.chats.computeIfAbsent(userId, (id) -> java.util.Collections.synchronizedList(new ArrayList<>()))
			.add(new ChatEntry(this.clock.instant(), fromGuest, message, via));
	}

	public List<ChatEntry> chat(String userId) {
		List<ChatEntry> chat = this.chats.getOrDefault(userId, List.of());
		synchronized (chat) {
			return List.copyOf(chat);
		}
	}

	/** The bot's messages to a guest, in order. */
	public List<ChatEntry> botMessages(String userId) {
		return chat(userId).stream().filter((entry) -> !entry.fromGuest()).toList();
	}

	public void recordReply(String replyToken, JsonNode messages) {
		this.replies.put(replyToken, new Reply(this.clock.instant(), messages));
	}

	/** The reply sent with {@code replyToken}, if one was. */
	public Optional<Reply> reply(String replyToken) {
		return Optional.ofNullable(this.replies.get(replyToken));
	}

	public void loadingShown(String chatId) {
		this.loading.merge(chatId, 1, Integer::sum);
	}

	public int loadingCount(String chatId) {
		return this.loading.getOrDefault(chatId, 0);
	}

	public long pushCount() {
		return this.chats.values()
			.stream()
			.flatMap((chat) -> List.copyOf(chat).stream())
			.filter((entry) -> "push".equals(entry.via()))
			.count();
	}

}
