package com.happinessscouter.leaderboard.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.happinessscouter.aws.IndexSpace;
import com.happinessscouter.aws.Items;
import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.leaderboard.Place;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.stereotype.Component;

/**
 * A guest's place and how many guests are ranked, from one Query of the event's rank
 * partition on the work index (keys only, every ranked guest, at most a few KB for a
 * wedding) instead of a read of the guest's best and a count of those ahead.
 * <p>
 * The index is eventually consistent: a best written a moment ago may not be on it yet.
 * So the caller hands over what was just offered to the board, and the guest's best is
 * the higher of that and what the index shows; the guest counts once either way.
 */
@Component
public class BoardPlaces {

	private final DynamoDbClient db;

	private final String table;

	BoardPlaces(SingleTable single) {
		this.db = single.client();
		this.table = single.name();
	}

	/**
	 * @param offered the guest's photos just offered to the board (possibly none)
	 * @return empty when the guest is not ranked
	 */
	public Optional<Place> place(String eventId, String userId, Collection<BoardTable.Entry> offered) {
		return place(rankKeys(eventId), userId, offered);
	}

	/**
	 * The place of {@code userId} among the guests' best rank keys (a higher key is
	 * ahead: more power, or the same power from an earlier photo).
	 */
	static Optional<Place> place(Map<String, String> rankKeys, String userId, Collection<BoardTable.Entry> offered) {
		Map<String, String> others = new HashMap<>(rankKeys);
		String mine = others.remove(userId);
		for (BoardTable.Entry entry : offered) {
			String key = entry.rankKey();
			if (mine == null || key.compareTo(mine) > 0) {
				mine = key;
			}
		}
		if (mine == null) {
			return Optional.empty();
		}
		String own = mine;
		long ahead = others.values().stream().filter((key) -> key.compareTo(own) > 0).count();
		return Optional.of(new Place((int) ahead + 1, others.size() + 1));
	}

	/** Every ranked guest's best: user id to rank key. */
	private Map<String, String> rankKeys(String eventId) {
		Map<String, String> keys = new HashMap<>();
		this.db
			.queryPaginator((query) -> query.tableName(this.table)
				.indexName(SingleTable.WORK_INDEX)
				.keyConditionExpression("#rank = :rank")
				.projectionExpression("#user, #key")
				.expressionAttributeNames(Map.of("#rank", SingleTable.WORK_INDEX_PARTITION_KEY, "#user",
						SingleTable.SORT_KEY, "#key", SingleTable.WORK_INDEX_SORT_KEY))
				.expressionAttributeValues(Map.of(":rank", Items.s(IndexSpace.RANK.pk(eventId)))))
			.items()
			.forEach((item) -> keys.put(item.get(SingleTable.SORT_KEY).s(),
					item.get(SingleTable.WORK_INDEX_SORT_KEY).s()));
		return keys;
	}

}
