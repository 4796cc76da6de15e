package com.happinessscouter.bench;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.happinessscouter.simulator.ChatEntry;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorLedger;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.SignedWebhook;

/**
 * The free-plan burst (issue #19): the month's messages are used up, {@code guests}
 * guests send {@code photos} photos each within {@code seconds} s, and each time the bot
 * tells a guest to wait, the guest taps 結果を見る once, after the wait it announced. Prints
 * how the scores reached the guests: on the photo's own reply token, on a later reply
 * (the tap, or the guest's next photo), pushed, or never; and the time from the photo to
 * the guest seeing its score. Run by {@code FREE_PLAN=1 bench/photo-load.sh}.
 */
final class FreePlanLoad {

	private static final Duration PATIENCE = Duration.ofMinutes(5);

	/** Nothing new arrives for this long after the last tap: the rest never will. */
	private static final Duration QUIET = Duration.ofSeconds(60);

	private final SimulatorLedger ledger;

	private final SignedWebhook webhook;

	private final URI callback;

	private final Map<String, List<FreePlanTally.SentPhoto>> sent = new ConcurrentHashMap<>();

	/** Each guest's taps, one for each time the bot said to wait. */
	private final Map<String, List<String>> tapTokens = new ConcurrentHashMap<>();

	private FreePlanLoad(SimulatorLedger ledger, SignedWebhook webhook, URI callback) {
		this.ledger = ledger;
		this.webhook = webhook;
		this.callback = callback;
	}

	static void run(SimulatorLedger ledger, String secret, URI callback, int guests, int photos, int seconds)
			throws InterruptedException {
		new FreePlanLoad(ledger, new SignedWebhook(secret), callback).burst(guests, photos, seconds);
	}

	private void burst(int guests, int photos, int seconds) throws InterruptedException {
		List<byte[]> samples = List.of(SignedWebhook.bytes("/simulator/samples/group-smiles.jpg"),
				SignedWebhook.bytes("/simulator/samples/portrait.jpg"), SignedWebhook.bytes("/photos/sample3.jpg"));
		List<SimulatedGuest> people = new ArrayList<>();
		for (int g = 0; g < guests; g++) {
			SimulatedGuest guest = new SimulatedGuest(SignedWebhook.newUserId(), "Free-plan guest " + g, "ja");
			this.ledger.addGuest(guest);
			people.add(guest);
			this.sent.put(guest.userId(), java.util.Collections.synchronizedList(new ArrayList<>()));
			this.tapTokens.put(guest.userId(), java.util.Collections.synchronizedList(new ArrayList<>()));
		}
		System.out.printf("free plan, messages used up: %d photos from %d guests within %d s%n", guests * photos,
				guests, seconds);
		try (ScheduledExecutorService timer = Executors.newScheduledThreadPool(16)) {
			for (SimulatedGuest guest : people) {
				for (int p = 0; p < photos; p++) {
					byte[] photo = samples.get(p % samples.size());
					timer.schedule(() -> sendPhoto(guest, photo), ThreadLocalRandom.current().nextLong(seconds * 1000L),
							TimeUnit.MILLISECONDS);
				}
			}
			Instant lastNews = Instant.now().plusSeconds(seconds);
			Instant giveUp = Instant.now().plus(PATIENCE);
			long seen = -1;
			while (Instant.now().isBefore(giveUp) && (scores(people) < (long) guests * photos)
					&& Instant.now().isBefore(lastNews.plus(QUIET))) {
				tapWhenToldToWait(people, timer);
				long now = scores(people) + taps();
				if (now != seen) {
					seen = now;
					lastNews = Instant.now().isAfter(lastNews) ? Instant.now() : lastNews;
				}
				Thread.sleep(250);
			}
		}
		report(people);
	}

	private void sendPhoto(SimulatedGuest guest, byte[] photo) {
		String messageId = SignedWebhook.newMessageId();
		String token = "free" + messageId;
		this.ledger.putContent(messageId,
				() -> new SimulatorLedger.Content(PhotoCopies.tagged(photo, messageId), "image/jpeg"));
		this.ledger.issueReplyToken(token, guest.userId());
		this.sent.get(guest.userId()).add(new FreePlanTally.SentPhoto(token, Instant.now()));
		post(SignedWebhook.event("image",
				Map.of("userId", guest.userId(), "messageId", messageId, "replyToken", token)));
	}

	/** A guest told to wait taps 結果を見る once, after the wait the bot announced. */
	private void tapWhenToldToWait(List<SimulatedGuest> people, ScheduledExecutorService timer) {
		for (SimulatedGuest guest : people) {
			List<String> taps = this.tapTokens.get(guest.userId());
			List<JsonNode> told = this.ledger.botMessages(guest.userId())
				.stream()
				.map(ChatEntry::message)
				.filter(FreePlanTally::asksToTap)
				.toList();
			for (JsonNode notice : told.subList(taps.size(), told.size())) {
				String token = "tap" + SignedWebhook.newMessageId();
				taps.add(token);
				OptionalLong wait = FreePlanTally.waitSeconds(notice.path("text").asText());
				timer.schedule(() -> tap(guest, token), wait.orElse(0), TimeUnit.SECONDS);
			}
		}
	}

	private long taps() {
		return this.tapTokens.values().stream().mapToLong(List::size).sum();
	}

	private void tap(SimulatedGuest guest, String token) {
		this.ledger.issueReplyToken(token, guest.userId());
		post(SignedWebhook.event("text", Map.of("userId", guest.userId(), "text", "結果を見る", "replyToken", token)));
	}

	private void post(String event) {
		try {
			this.webhook.post(this.callback, SignedWebhook.body(event));
		}
		catch (RuntimeException ex) {
			System.out.println("webhook post failed: " + ex);
		}
	}

	private long scores(List<SimulatedGuest> people) {
		return people.stream()
			.mapToLong((guest) -> this.ledger.botMessages(guest.userId())
				.stream()
				.filter((entry) -> FreePlanTally.score(entry.message()))
				.count())
			.sum();
	}

	private void report(List<SimulatedGuest> people) {
		FreePlanTally.Tally all = FreePlanTally.Tally.NONE;
		for (SimulatedGuest guest : people) {
			List<FreePlanTally.SentPhoto> photos = List.copyOf(this.sent.get(guest.userId()));
			List<SimulatorLedger.Reply> own = photos.stream()
				.map((photo) -> this.ledger.reply(photo.replyToken()).orElse(null))
				.toList();
			List<SimulatorLedger.Reply> taps = List.copyOf(this.tapTokens.get(guest.userId()))
				.stream()
				.flatMap((token) -> this.ledger.reply(token).stream())
				.toList();
			List<Instant> pushed = this.ledger.botMessages(guest.userId())
				.stream()
				.filter((entry) -> "push".equals(entry.via()) && FreePlanTally.score(entry.message()))
				.map(ChatEntry::at)
				.toList();
			all = all.plus(FreePlanTally.of(photos, own, taps, pushed));
		}
		long[] nanos = all.sortedNanos();
		System.out.printf(
				"scores delivered: on the photo's own token %d, on the follow-up %d, pushed %d, never %d"
						+ " (結果を見る taps: %d, by %d of %d guests)%n",
				all.ownToken(), all.followUp(), all.pushed(), all.never(), taps(),
				this.tapTokens.values().stream().filter((taps) -> !taps.isEmpty()).count(), people.size());
		System.out.printf("photo to the guest seeing its score s: p50=%.1f p99=%.1f max=%.1f%n",
				WebhookLoad.percentile(nanos, 50) / 1000, WebhookLoad.percentile(nanos, 99) / 1000,
				WebhookLoad.percentile(nanos, 100) / 1000);
	}

}
