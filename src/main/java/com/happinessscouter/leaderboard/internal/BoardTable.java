package com.happinessscouter.leaderboard.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.happinessscouter.aws.IndexSpace;
import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.Items;
import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.leaderboard.Showcased;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

import org.springframework.stereotype.Component;

/**
 * The leaderboard's items in the one table:
 * <ul>
 * <li>{@code BOARD#event} / user id: the guest's best photo in the event, on the work
 * index as {@code RANK#event} / power, then the earlier photo first, so the top N is one
 * Query read backwards;</li>
 * <li>{@code SHOW#event} / {@code userId#imageId}: each scored photo with whether the
 * screen may show it; on the work index as {@code RECENT#event} (shown) or
 * {@code QUEUE#event} (awaiting approval), by time;</li>
 * <li>{@code BOARDGUEST#userId} / {@code PREFS}: the guest asked to be kept off the
 * screen.</li>
 * </ul>
 */
@Component
public class BoardTable {

	/** A guest's best photo in an event. */
	public record Entry(String userId, String displayName, long power, String imageId, String s3Key, Instant sentAt) {

		String rankKey() {
			return Items.padded(this.power) + "#" + Items.padded(EARLIEST_FIRST - this.sentAt.toEpochMilli()) + "#"
					+ this.userId;
		}

	}

	private static final long EARLIEST_FIRST = 9_999_999_999_999L;

	private final DynamoDbClient db;

	private final String table;

	private final SingleTable single;

	BoardTable(SingleTable single) {
		this.db = single.client();
		this.table = single.name();
		this.single = single;
	}

	/**
	 * Makes {@code entry} the guest's best if it beats what is there (a higher power, or
	 * the same power from an earlier photo).
	 * @return whether it did
	 */
	public boolean offer(String eventId, Entry entry) {
		try {
			this.db.putItem((put) -> put.tableName(this.table)
				.item(entryItem(eventId, entry))
				.conditionExpression("attribute_not_exists(pk) OR power < :power OR (power = :power AND sentAt > :at)")
				.expressionAttributeValues(
						Map.of(":power", Items.n(entry.power()), ":at", Items.n(entry.sentAt().toEpochMilli()))));
			return true;
		}
		catch (ConditionalCheckFailedException notBetter) {
			return false;
		}
	}

	/** Sets the guest's best after a photo was deleted ({@code null}: none left). */
	public void replace(String eventId, String userId, Entry entry) {
		if (entry == null) {
			this.db.deleteItem(
					(delete) -> delete.tableName(this.table).key(KeySpace.BOARD_BEST.keyWithSort(userId, eventId)));
			return;
		}
		this.db.putItem((put) -> put.tableName(this.table).item(entryItem(eventId, entry)));
	}

	public List<Entry> top(String eventId, int limit) {
		return onIndex(IndexSpace.RANK.pk(eventId), false, limit).stream().map(BoardTable::entry).toList();
	}

	public Optional<Entry> entry(String eventId, String userId) {
		Map<String, AttributeValue> item = this.db
			.getItem((get) -> get.tableName(this.table)
				.key(KeySpace.BOARD_BEST.keyWithSort(userId, eventId))
				.consistentRead(true))
			.item();
		return (item == null || item.isEmpty()) ? Optional.empty() : Optional.of(entry(item));
	}

	/** How many guests are ahead of {@code entry}: counted on the index, not scanned. */
	public long ahead(String eventId, Entry entry) {
		QueryRequest request = QueryRequest.builder()
			.tableName(this.table)
			.indexName(SingleTable.WORK_INDEX)
			.keyConditionExpression("gsi1pk = :rank AND gsi1sk > :mine")
			.expressionAttributeValues(
					Map.of(":rank", Items.s(IndexSpace.RANK.pk(eventId)), ":mine", Items.s(entry.rankKey())))
			.select(Select.COUNT)
			.build();
		return this.db.queryPaginator(request).stream().mapToLong((page) -> page.count()).sum();
	}

	/** Records a scored photo once; a replay keeps the moderation state it has. */
	public void showcase(String eventId, Showcased photo) {
		Map<String, AttributeValue> item = new HashMap<>(showKey(eventId, photo.userId(), photo.imageId()));
		item.put("userId", Items.s(photo.userId()));
		item.put("imageId", Items.s(photo.imageId()));
		item.put("name", Items.s(photo.displayName()));
		item.put("power", Items.n(photo.power()));
		item.put("s3Key", Items.s(photo.s3Key()));
		item.put("sentAt", Items.n(photo.sentAt().toEpochMilli()));
		item.put("state", Items.s(photo.state().name()));
		workIndex(eventId, photo.state(), photo.sentAt(), photo.userId() + "#" + photo.imageId())
			.ifPresent(item::putAll);
		try {
			this.db
				.putItem((put) -> put.tableName(this.table).item(item).conditionExpression("attribute_not_exists(pk)"));
		}
		catch (ConditionalCheckFailedException recorded) {
			// recorded before: its state stays
		}
	}

	/** Changes whether the screen may show a photo; nothing happens if it is unknown. */
	public void state(String eventId, String userId, String imageId, Showcased.State state) {
		Map<String, AttributeValue> key = showKey(eventId, userId, imageId);
		Map<String, AttributeValue> old = this.db
			.getItem((get) -> get.tableName(this.table).key(key).consistentRead(true))
			.item();
		if (old == null || old.isEmpty()) {
			return;
		}
		Map<String, AttributeValue> item = new HashMap<>(old);
		item.remove(SingleTable.WORK_INDEX_PARTITION_KEY);
		item.remove(SingleTable.WORK_INDEX_SORT_KEY);
		item.put("state", Items.s(state.name()));
		workIndex(eventId, state, Instant.ofEpochMilli(Items.num(old, "sentAt")), userId + "#" + imageId)
			.ifPresent(item::putAll);
		this.db.putItem((put) -> put.tableName(this.table).item(item));
	}

	public void forgetShowcased(String eventId, String userId, String imageId) {
		this.db.deleteItem((delete) -> delete.tableName(this.table).key(showKey(eventId, userId, imageId)));
	}

	/** What the screen may show of some entries: their photos, and who is kept off. */
	public record Screen(Map<String, Showcased> photos, Set<String> offScreen) {
	}

	/** The entries' photos and the guests' wishes in one batch read. */
	public Screen screen(String eventId, List<Entry> entries) {
		List<Map<String, AttributeValue>> keys = new ArrayList<>();
		entries.forEach((entry) -> keys.add(showKey(eventId, entry.userId(), entry.imageId())));
		entries.forEach((entry) -> keys.add(preferenceKey(entry.userId())));
		return screen(this.single.batchGet(keys));
	}

	/** Newest first: shown ({@code VISIBLE}) or awaiting approval ({@code PENDING}). */
	public List<Showcased> latest(String eventId, Showcased.State state, int limit, boolean newestFirst) {
		return onIndex(index(state).pk(eventId), !newestFirst, limit).stream().map(BoardTable::showcased).toList();
	}

	/**
	 * The first {@code limit} items of a partition of the work index (pages read lazily).
	 */
	private List<Map<String, AttributeValue>> onIndex(String partition, boolean forward, int limit) {
		return this.db
			.queryPaginator((query) -> query.tableName(this.table)
				.indexName(SingleTable.WORK_INDEX)
				.keyConditionExpression("gsi1pk = :pk")
				.expressionAttributeValues(Map.of(":pk", Items.s(partition)))
				.scanIndexForward(forward)
				.limit(Math.min(limit, 500))) // a page
			.items()
			.stream()
			.limit(limit)
			.toList();
	}

	/** A guest's scored photos in an event. */
	public List<Showcased> ofGuest(String eventId, String userId) {
		return this.db
			.queryPaginator((query) -> query.tableName(this.table)
				.keyConditionExpression("pk = :pk AND begins_with(sk, :user)")
				.expressionAttributeValues(
						Map.of(":pk", Items.s(KeySpace.SHOWCASED.pk(eventId)), ":user", Items.s(userId + "#"))))
			.items()
			.stream()
			.map(BoardTable::showcased)
			.toList();
	}

	public void keepOffScreen(String userId, boolean off) {
		if (!off) {
			this.db.deleteItem((delete) -> delete.tableName(this.table).key(preferenceKey(userId)));
			return;
		}
		Map<String, AttributeValue> item = new HashMap<>(preferenceKey(userId));
		item.put("offScreen", Items.bool(true));
		this.db.putItem((put) -> put.tableName(this.table).item(item));
	}

	/** Which of these guests asked to be kept off the screen. */
	public Set<String> offScreen(Collection<String> userIds) {
		return screen(this.single.batchGet(userIds.stream().map(BoardTable::preferenceKey).toList())).offScreen();
	}

	private static Screen screen(List<Map<String, AttributeValue>> items) {
		Map<String, Showcased> photos = new HashMap<>();
		Set<String> off = new HashSet<>();
		for (Map<String, AttributeValue> item : items) {
			String pk = item.get(SingleTable.PARTITION_KEY).s();
			if (KeySpace.BOARD_GUEST.holds(pk) && Items.flag(item, "offScreen")) {
				off.add(KeySpace.BOARD_GUEST.idOf(pk));
			}
			else if (KeySpace.SHOWCASED.holds(pk)) {
				Showcased photo = showcased(item);
				photos.put(photo.userId() + "#" + photo.imageId(), photo);
			}
		}
		return new Screen(photos, off);
	}

	private static Map<String, AttributeValue> preferenceKey(String userId) {
		return KeySpace.BOARD_GUEST.key(userId);
	}

	private Map<String, AttributeValue> entryItem(String eventId, Entry entry) {
		Map<String, AttributeValue> item = new HashMap<>(KeySpace.BOARD_BEST.keyWithSort(entry.userId(), eventId));
		item.put("name", Items.s((entry.displayName() != null) ? entry.displayName() : ""));
		item.put("power", Items.n(entry.power()));
		item.put("imageId", Items.s(entry.imageId()));
		item.put("s3Key", Items.s(entry.s3Key()));
		item.put("sentAt", Items.n(entry.sentAt().toEpochMilli()));
		item.put(SingleTable.WORK_INDEX_PARTITION_KEY, Items.s(IndexSpace.RANK.pk(eventId)));
		item.put(SingleTable.WORK_INDEX_SORT_KEY, Items.s(entry.rankKey()));
		return item;
	}

	private static Entry entry(Map<String, AttributeValue> item) {
		return new Entry(item.get(SingleTable.SORT_KEY).s(), Items.text(item, "name"), Items.num(item, "power"),
				Items.text(item, "imageId"), Items.text(item, "s3Key"),
				Instant.ofEpochMilli(Items.num(item, "sentAt")));
	}

	private static Showcased showcased(Map<String, AttributeValue> item) {
		return new Showcased(Items.text(item, "userId"), Items.text(item, "imageId"), Items.text(item, "name"),
				Items.num(item, "power"), Items.text(item, "s3Key"), Instant.ofEpochMilli(Items.num(item, "sentAt")),
				Showcased.State.valueOf(Items.text(item, "state")));
	}

	private static Map<String, AttributeValue> showKey(String eventId, String userId, String imageId) {
		return KeySpace.SHOWCASED.keyWithSort(KeySpace.SHOWCASED.sk(userId, imageId), eventId);
	}

	private static Optional<Map<String, AttributeValue>> workIndex(String eventId, Showcased.State state,
			Instant sentAt, String photoId) {
		if (state == Showcased.State.HIDDEN) {
			return Optional.empty();
		}
		return Optional.of(Map.of(SingleTable.WORK_INDEX_PARTITION_KEY, Items.s(index(state).pk(eventId)),
				SingleTable.WORK_INDEX_SORT_KEY, Items.s(Items.padded(sentAt.toEpochMilli()) + "#" + photoId)));
	}

	private static IndexSpace index(Showcased.State state) {
		return (state == Showcased.State.PENDING) ? IndexSpace.QUEUE : IndexSpace.RECENT;
	}

}
