package com.happinessscouter.aws;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

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

}
