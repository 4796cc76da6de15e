package com.happinessscouter.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.happinessscouter.simulator.SimulatorLedger;

/**
 * What one guest of the free-plan burst saw, from the simulated LINE's records: each
 * photo's score on its own reply token, on a later reply (carried by the guest's next
 * message: another photo or the 結果を見る tap), pushed, or never; and the time from the photo
 * to the score. Pending results go out oldest first, so a guest's scores that did not
 * come on their own token belong to their other photos in the order they were sent.
 */
final class FreePlanTally {

	private static final Pattern WAIT = Pattern.compile("(?:約|about )(\\d+) ?(?:秒|s\\b)");

	private static final String SEE_RESULTS = "結果を見る";

	/** A photo as sent: the reply token it came with, and when. */
	record SentPhoto(String replyToken, Instant sentAt) {
	}

	/** A score the guest received, and when. */
	private record Seen(Instant at) {
	}

	/**
	 * The counts and the photo-to-score times (milliseconds) of one or more guests.
	 */
	record Tally(int ownToken, int followUp, int pushed, int never, List<Long> millis) {

		static final Tally NONE = new Tally(0, 0, 0, 0, List.of());

		Tally plus(Tally other) {
			List<Long> all = new ArrayList<>(this.millis);
			all.addAll(other.millis);
			return new Tally(this.ownToken + other.ownToken, this.followUp + other.followUp, this.pushed + other.pushed,
					this.never + other.never, all);
		}

		/**
		 * The times in nanoseconds, sorted (as {@code WebhookLoad.percentile} takes
		 * them).
		 */
		long[] sortedNanos() {
			return this.millis.stream().mapToLong((ms) -> ms * 1_000_000).sorted().toArray();
		}

	}

	private FreePlanTally() {
	}

	/** The seconds a "please wait" or "still waiting" text announces, if it does. */
	static OptionalLong waitSeconds(String text) {
		Matcher matcher = WAIT.matcher((text != null) ? text : "");
		return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
	}

	/** Whether a bot message offers the 結果を見る button (the guest was told to wait). */
	static boolean asksToTap(JsonNode message) {
		for (JsonNode item : message.path("quickReply").path("items")) {
			if (SEE_RESULTS.equals(item.path("action").path("text").asText())) {
				return true;
			}
		}
		return false;
	}

	static boolean score(JsonNode message) {
		return "flex".equals(message.path("type").asText());
	}

	/**
	 * One guest's tally.
	 * @param photos their photos in the order sent
	 * @param taps the replies to their 結果を見る taps
	 * @param pushedAt when each score pushed to them arrived
	 */
	static Tally of(List<SentPhoto> photos, List<SimulatorLedger.Reply> ownReplies, List<SimulatorLedger.Reply> taps,
			List<Instant> pushedAt) {
		List<Long> millis = new ArrayList<>();
		List<Seen> later = new ArrayList<>();
		List<SentPhoto> waiting = new ArrayList<>();
		int own = 0;
		for (int i = 0; i < photos.size(); i++) {
			SimulatorLedger.Reply reply = ownReplies.get(i);
			List<JsonNode> messages = (reply != null) ? list(reply.messages()) : List.of();
			boolean ownScore = !messages.isEmpty() && score(messages.getLast());
			if (ownScore) {
				own++;
				millis.add(Duration.between(photos.get(i).sentAt(), reply.at()).toMillis());
			}
			else {
				waiting.add(photos.get(i));
			}
			long carried = messages.stream().filter(FreePlanTally::score).count() - (ownScore ? 1 : 0);
			for (long c = 0; c < carried; c++) {
				later.add(new Seen(reply.at()));
			}
		}
		for (SimulatorLedger.Reply tap : taps) {
			list(tap.messages()).stream().filter(FreePlanTally::score).forEach((m) -> later.add(new Seen(tap.at())));
		}
		int followUp = later.size();
		pushedAt.forEach((at) -> later.add(new Seen(at)));
		later.sort(Comparator.comparing(Seen::at));
		for (int i = 0; i < Math.min(waiting.size(), later.size()); i++) {
			millis.add(Duration.between(waiting.get(i).sentAt(), later.get(i).at()).toMillis());
		}
		int never = Math.max(0, photos.size() - own - followUp - pushedAt.size());
		return new Tally(own, followUp, pushedAt.size(), never, millis);
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> messages = new ArrayList<>();
		array.forEach(messages::add);
		return messages;
	}

}
