package com.happinessscouter.aws;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Creates the table (with its work index and TTL) and the bucket (encrypted, no public
 * access) when missing. Idempotent: what exists is left as it is, and the returned lines
 * say what was done.
 */
public final class StorageProvisioner {

	private static final Logger log = LoggerFactory.getLogger(StorageProvisioner.class);

	private final DynamoDbClient dynamoDb;

	private final S3Client s3;

	public StorageProvisioner(DynamoDbClient dynamoDb, S3Client s3) {
		this.dynamoDb = dynamoDb;
		this.s3 = s3;
	}

	public List<String> provision(String table, String bucket) {
		List<String> done = new ArrayList<>();
		done.add(provisionTable(table));
		done.add(provisionTimeToLive(table));
		done.add(provisionBucket(bucket));
		done.forEach(log::info);
		return done;
	}

	private String provisionTable(String table) {
		try {
			this.dynamoDb.describeTable((r) -> r.tableName(table));
			return "table " + table + ": exists, unchanged";
		}
		catch (ResourceNotFoundException missing) {
			this.dynamoDb.createTable((r) -> r.tableName(table)
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.attributeDefinitions(stringAttribute(SingleTable.PARTITION_KEY), stringAttribute(SingleTable.SORT_KEY),
						stringAttribute(SingleTable.WORK_INDEX_PARTITION_KEY),
						stringAttribute(SingleTable.WORK_INDEX_SORT_KEY))
				.keySchema(key(SingleTable.PARTITION_KEY, KeyType.HASH), key(SingleTable.SORT_KEY, KeyType.RANGE))
				.globalSecondaryIndexes(workIndex()));
			this.dynamoDb.waiter().waitUntilTableExists((r) -> r.tableName(table));
			return "table " + table + ": created";
		}
	}

	private String provisionTimeToLive(String table) {
		try {
			String status = this.dynamoDb.describeTimeToLive((r) -> r.tableName(table))
				.timeToLiveDescription()
				.timeToLiveStatusAsString();
			if ("ENABLED".equals(status) || "ENABLING".equals(status)) {
				return "table " + table + ": TTL on " + SingleTable.EXPIRY_ATTRIBUTE + " already enabled";
			}
			this.dynamoDb.updateTimeToLive((r) -> r.tableName(table)
				.timeToLiveSpecification(TimeToLiveSpecification.builder()
					.attributeName(SingleTable.EXPIRY_ATTRIBUTE)
					.enabled(true)
					.build()));
			return "table " + table + ": TTL enabled on " + SingleTable.EXPIRY_ATTRIBUTE;
		}
		catch (SdkException unsupported) {
			return "table " + table + ": TTL not supported by this endpoint (emulator?); expired items are "
					+ "filtered on read and swept by the app";
		}
	}

	private String provisionBucket(String bucket) {
		try {
			this.s3.headBucket((r) -> r.bucket(bucket));
			return "bucket " + bucket + ": exists, unchanged";
		}
		catch (NoSuchBucketException missing) {
			this.s3.createBucket((r) -> r.bucket(bucket));
			secureBucket(bucket);
			return "bucket " + bucket + ": created (SSE-S3, public access blocked)";
		}
	}

	private void secureBucket(String bucket) {
		try {
			this.s3.putBucketEncryption((r) -> r.bucket(bucket)
				.serverSideEncryptionConfiguration((c) -> c.rules((rule) -> rule
					.applyServerSideEncryptionByDefault((d) -> d.sseAlgorithm(ServerSideEncryption.AES256)))));
			this.s3.putPublicAccessBlock((r) -> r.bucket(bucket)
				.publicAccessBlockConfiguration((c) -> c.blockPublicAcls(true)
					.blockPublicPolicy(true)
					.ignorePublicAcls(true)
					.restrictPublicBuckets(true)));
		}
		catch (SdkException unsupported) {
			log.info("bucket {}: encryption/public access block not supported by this endpoint: {}", bucket,
					unsupported.getMessage());
		}
	}

	private static GlobalSecondaryIndex workIndex() {
		return GlobalSecondaryIndex.builder()
			.indexName(SingleTable.WORK_INDEX)
			.keySchema(key(SingleTable.WORK_INDEX_PARTITION_KEY, KeyType.HASH),
					key(SingleTable.WORK_INDEX_SORT_KEY, KeyType.RANGE))
			.projection(Projection.builder().projectionType(ProjectionType.ALL).build())
			.build();
	}

	private static AttributeDefinition stringAttribute(String name) {
		return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
	}

	private static KeySchemaElement key(String name, KeyType type) {
		return KeySchemaElement.builder().attributeName(name).keyType(type).build();
	}

}
