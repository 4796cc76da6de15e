package com.happinessscouter.guests.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.happinessscouter.aws.IndexSpace;
import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.Items;
import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.line.Guest;
import com.happinessscouter.line.LineMessenger;
import com.happinessscouter.guests.GuestSummary;
import com.happinessscouter.guests.Totals;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoFinished;
import com.happinessscouter.submission.PhotoStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts kept at write time, so the console never scans:
 * <ul>
 * <li>{@code GUEST#userId} / {@code SUMMARY}: a guest's photos, faces, best and last
 * power, last activity; listed through the work index ({@code GUESTS} / last
 * activity);</li>
 * <li>{@code STATS} / {@code TOTALS}: the wedding's totals;</li>
 * <li>{@code STATS#MINUTE} / {@code yyyy-MM-ddTHH:mm}: photos per minute.</li>
 * </ul>
 * Each photo is counted once: only by the worker whose conditional write finished it.
 */
@Component
public class GuestStats {

	static final String GUESTS = IndexSpace.GUESTS.pk();

	private static final Logger log = LoggerFactory.getLogger(GuestStats.class);

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
		.withZone(ZoneOffset.UTC);

	private final DynamoDbClient db;

	private final String table;

	private final LineMessenger line;

	private final Clock clock;

	GuestStats(SingleTable single, LineMessenger line, Clock clock) {
		this.db = single.client();
		this.table = single.name();
		this.line = line;
		this.clock = clock;
	}

	/** Counts a photo that just reached its final state; never throws. */
	@EventListener
	void on(PhotoFinished finished) {
		Photo photo = finished.photo();
		try {
			count(photo.key().userId(), photo);
		}
		catch (RuntimeException ex) {
			log.warn("counts not updated for photo {}/{}: {}", photo.key().userId(), photo.key().imageId(),
					ex.toString());
		}
	}

	private void count(String userId, Photo photo) {
		Instant now = this.clock.instant();
		boolean scored = photo.status() == PhotoStatus.SCORED && photo.score() != null;
		long power = scored ? photo.score().power() : 0;
		long faces = scored ? photo.score().faceCount() : 0;
		Guest guest = this.line.guest(userId);
		Map<String, AttributeValue> values = new HashMap<>(
				Map.of(":one", Items.n(1), ":faces", Items.n(faces), ":at", Items.n(now.toEpochMilli()), ":guests",
						Items.s(GUESTS), ":sk", Items.s(Items.padded(now.toEpochMilli()) + "#" + userId), ":name",
						Items.s(guest.displayName() != null ? guest.displayName() : "")));
		if (scored) {
			values.put(":power", Items.n(power));
		}
		String update = "ADD photos :one, faces :faces SET lastActivity = :at, gsi1pk = :guests, gsi1sk = :sk, "
				+ "displayName = :name" + (scored ? ", lastPower = :power" : "");
		Map<String, AttributeValue> before = this.db
			.updateItem((u) -> u.tableName(this.table)
				.key(KeySpace.GUEST_SUMMARY.key(userId))
				.updateExpression(update)
				.expressionAttributeValues(values)
				.returnValues(ReturnValue.ALL_OLD))
			.attributes();
		boolean newGuest = before == null || !before.containsKey("photos");
		Map<String, AttributeValue> totals = this.db
			.updateItem((u) -> u.tableName(this.table)
				.key(KeySpace.TOTALS.key())
				.updateExpression("ADD photos :one, faces :faces, guests :new, scoredPhotos :scored, powerSum :power")
				.expressionAttributeValues(Map.of(":one", Items.n(1), ":faces", Items.n(faces), ":new",
						Items.n(newGuest ? 1 : 0), ":scored", Items.n(scored ? 1 : 0), ":power", Items.n(power)))
				.returnValues(ReturnValue.ALL_OLD))
			.attributes();
		this.db.updateItem((u) -> u.tableName(this.table)
			.key(KeySpace.PHOTOS_PER_MINUTE.keyWithSort(MINUTE.format(now)))
			.updateExpression("ADD photos :one")
			.expressionAttributeValues(Map.of(":one", Items.n(1))));
		// a best is only ever raised: when it already beat this photo, no write is needed
		if (scored && mayBeat(before, power)) {
			raiseBest(KeySpace.GUEST_SUMMARY.key(userId), power);
		}
		if (scored && mayBeat(totals, power)) {
			raiseBest(KeySpace.TOTALS.key(), power);
		}
	}

	private static boolean mayBeat(Map<String, AttributeValue> before, long power) {
		return before == null || !before.containsKey("bestPower") || Items.num(before, "bestPower") < power;
	}

	/** What a stored photo item added to the counts. */
	record Counted(long faces, boolean scored, long power) {

		static Counted of(Photo photo) {
			if (photo.score() == null) {
				return new Counted(0, false, 0);
			}
			return new Counted(photo.score().faceCount(), true, photo.score().power());
		}

	}

	/** Takes one deleted photo out of its guest's summary and the totals. */
	void forgetPhoto(String userId, Counted photo) {
		try {
			this.db.updateItem((u) -> u.tableName(this.table)
				.key(KeySpace.GUEST_SUMMARY.key(userId))
				.updateExpression("ADD photos :one, faces :faces")
				.conditionExpression("attribute_exists(pk)")
				.expressionAttributeValues(Map.of(":one", Items.n(-1), ":faces", Items.n(-photo.faces()))));
		}
		catch (ConditionalCheckFailedException notCounted) {
			return; // the photo never reached the counts
		}
		subtractFromTotals(1, photo.faces(), photo.scored() ? 1 : 0, photo.power(), 0);
	}

	/** Deletes a guest's summary and takes everything they added out of the totals. */
	void forgetGuest(String userId, List<Counted> photos) {
		Map<String, AttributeValue> summary = this.db
			.deleteItem((d) -> d.tableName(this.table)
				.key(KeySpace.GUEST_SUMMARY.key(userId))
				.returnValues(ReturnValue.ALL_OLD))
			.attributes();
		if (summary == null || !summary.containsKey("photos")) {
			return;
		}
		subtractFromTotals(Items.num(summary, "photos"), photos.stream().mapToLong(Counted::faces).sum(),
				photos.stream().filter(Counted::scored).count(), photos.stream().mapToLong(Counted::power).sum(), 1);
	}

	private void subtractFromTotals(long photos, long faces, long scored, long power, long guests) {
		this.db.updateItem((u) -> u.tableName(this.table)
			.key(KeySpace.TOTALS.key())
			.updateExpression("ADD photos :photos, faces :faces, guests :guests, scoredPhotos :scored, powerSum :power")
			.expressionAttributeValues(Map.of(":photos", Items.n(-photos), ":faces", Items.n(-faces), ":guests",
					Items.n(-guests), ":scored", Items.n(-scored), ":power", Items.n(-power))));
	}

	private void raiseBest(Map<String, AttributeValue> key, long power) {
		try {
			this.db.updateItem((u) -> u.tableName(this.table)
				.key(key)
				.updateExpression("SET bestPower = :power")
				.conditionExpression("attribute_not_exists(bestPower) OR bestPower < :power")
				.expressionAttributeValues(Map.of(":power", Items.n(power))));
		}
		catch (ConditionalCheckFailedException notBetter) {
			// the best stays
		}
	}

	public Totals totals() {
		Map<String, AttributeValue> item = this.db
			.getItem((g) -> g.tableName(this.table).key(KeySpace.TOTALS.key()).consistentRead(true))
			.item();
		Instant now = this.clock.instant();
		long recent = this.db
			.query((q) -> q.tableName(this.table)
				.keyConditionExpression("pk = :pk AND sk >= :from")
				.expressionAttributeValues(Map.of(":pk", Items.s(KeySpace.PHOTOS_PER_MINUTE.pk()), ":from",
						Items.s(MINUTE.format(now.minusSeconds(9 * 60))))))
			.items()
			.stream()
			.mapToLong((minute) -> Items.num(minute, "photos"))
			.sum();
		return new Totals(Items.num(item, "guests"), Items.num(item, "photos"), Items.num(item, "faces"),
				Items.num(item, "scoredPhotos"), Items.num(item, "powerSum"), Items.num(item, "bestPower"), recent);
	}

	/**
	 * Guests, most recently active first, {@code offset} to {@code offset + limit}: Query
	 * pages on the work index, never a Scan.
	 */
	public List<GuestSummary> guests(int offset, int limit) {
		List<GuestSummary> guests = new ArrayList<>();
		QueryRequest request = guestList().limit(Math.min(1000, offset + limit)).build();
		int index = 0;
		for (Map<String, AttributeValue> item : this.db.queryPaginator(request).items()) {
			if (index++ >= offset) {
				guests.add(summary(item));
				if (guests.size() == limit) {
					break;
				}
			}
		}
		return guests;
	}

	/** Every guest (the whole guest list of the work index, page by page; no Scan). */
	public List<GuestSummary> allGuests() {
		return this.db.queryPaginator(guestList().build()).items().stream().map(GuestStats::summary).toList();
	}

	/** The guest list on the work index, most recently active first. */
	private QueryRequest.Builder guestList() {
		return QueryRequest.builder()
			.tableName(this.table)
			.indexName(SingleTable.WORK_INDEX)
			.keyConditionExpression("gsi1pk = :guests")
			.expressionAttributeValues(Map.of(":guests", Items.s(GUESTS)))
			.scanIndexForward(false);
	}

	/** How many guests there are: the totals item only (no per-minute query). */
	public long guestCount() {
		return Items.num(
				this.db.getItem((g) -> g.tableName(this.table).key(KeySpace.TOTALS.key()).consistentRead(true)).item(),
				"guests");
	}

	/**
	 * The guest's LINE display name as last counted (one item read), empty when the guest
	 * has no counts yet or LINE gave no name.
	 */
	public Optional<String> displayName(String userId) {
		Map<String, AttributeValue> item = this.db
			.getItem((g) -> g.tableName(this.table)
				.key(KeySpace.GUEST_SUMMARY.key(userId))
				.projectionExpression("displayName"))
			.item();
		return Optional.of(Items.text(item, "displayName")).filter((name) -> !name.isBlank());
	}

	private static GuestSummary summary(Map<String, AttributeValue> item) {
		return new GuestSummary(KeySpace.GUEST_SUMMARY.idOf(item.get(SingleTable.PARTITION_KEY).s()),
				Items.text(item, "displayName"), Items.num(item, "photos"), Items.num(item, "faces"),
				Items.num(item, "bestPower"), Items.num(item, "lastPower"),
				Instant.ofEpochMilli(Items.num(item, "lastActivity")));
	}

}
