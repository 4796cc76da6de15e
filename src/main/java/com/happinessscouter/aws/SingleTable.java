package com.happinessscouter.aws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The app's one DynamoDB table. Every key space shares it:
 * <ul>
 * <li>photos: {@code pk} = LINE user id, {@code sk} = image id (the LINE message
 * id);</li>
 * <li>other key spaces use prefixed partition keys ({@code EVENT#…}, {@code SET#…}) so
 * they never collide with a LINE user id ({@code U} + 32 hex digits).</li>
 * </ul>
 * One sparse global secondary index, {@value #WORK_INDEX} ({@code gsi1pk},
 * {@code gsi1sk}), holds only items that still need work, so unfinished work is found
 * with a Query, never a Scan.
 *
 * @param name the table name
 * @param client the low-level client (conditional updates the enhanced client cannot
 * express)
 * @param enhanced the enhanced client
 * @param webhook the enhanced client on the webhook acknowledgement's own connections
 */
public record SingleTable(String name, DynamoDbClient client, DynamoDbEnhancedClient enhanced,
		DynamoDbEnhancedClient webhook) {

	public static final String PARTITION_KEY = "pk";

	public static final String SORT_KEY = "sk";

	public static final String WORK_INDEX = "gsi1";

	public static final String WORK_INDEX_PARTITION_KEY = "gsi1pk";

	public static final String WORK_INDEX_SORT_KEY = "gsi1sk";

	/**
	 * Epoch seconds after which an item is expired (DynamoDB TTL on AWS; reads filter
	 * it).
	 */
	public static final String EXPIRY_ATTRIBUTE = "expiresAt";

	public <T> DynamoDbTable<T> table(Class<T> beanClass) {
		return this.enhanced.table(this.name, TableSchema.fromBean(beanClass));
	}

	/**
	 * The table through the webhook acknowledgement's own connections (a bulkhead): only
	 * the ack's write uses it, so it never waits for a connection behind background work.
	 */
	public <T> DynamoDbTable<T> webhookTable(Class<T> beanClass) {
		return this.webhook.table(this.name, TableSchema.fromBean(beanClass));
	}

	/**
	 * The items of these keys (duplicates asked once, missing ones left out), read
	 * consistently 100 keys a request, unprocessed keys asked again.
	 */
	public List<Map<String, AttributeValue>> batchGet(Collection<Map<String, AttributeValue>> keys) {
		List<Map<String, AttributeValue>> items = new ArrayList<>();
		List<Map<String, AttributeValue>> distinct = keys.stream().distinct().toList();
		for (int from = 0; from < distinct.size(); from += 100) {
			Map<String, KeysAndAttributes> request = Map.of(this.name,
					KeysAndAttributes.builder()
						.keys(distinct.subList(from, Math.min(distinct.size(), from + 100)))
						.consistentRead(true)
						.build());
			while (!request.isEmpty()) {
				Map<String, KeysAndAttributes> ask = request;
				var response = this.client.batchGetItem((batch) -> batch.requestItems(ask));
				items.addAll(response.responses().getOrDefault(this.name, List.of()));
				request = response.unprocessedKeys();
			}
		}
		return items;
	}

}
