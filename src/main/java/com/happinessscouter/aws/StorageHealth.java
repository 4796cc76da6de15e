package com.happinessscouter.aws;

import java.util.Map;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the two stores, each probed with one cheap call the app's policy already
 * allows: any answer from the service means it is reachable; no answer means down.
 */
final class StorageHealth {

	private StorageHealth() {
	}

	/** {@code dynamoDb}: a GetItem on a probe key of the one table. */
	static final class Table extends AbstractHealthIndicator {

		private final DynamoDbClient db;

		private final String table;

		Table(DynamoDbClient db, String table) {
			super("DynamoDB not reachable");
			this.db = db;
			this.table = table;
		}

		@Override
		protected void doHealthCheck(Health.Builder builder) {
			this.db.getItem((get) -> get.tableName(this.table)
				.key(Map.of(SingleTable.PARTITION_KEY, AttributeValue.fromS("HEALTH"), SingleTable.SORT_KEY,
						AttributeValue.fromS("PROBE"))));
			builder.up().withDetail("table", this.table);
		}

	}

	/**
	 * {@code photoBucket}: a HEAD of a probe object (404 or 403 still proves S3 answers).
	 */
	static final class Bucket extends AbstractHealthIndicator {

		private final S3Client s3;

		private final String bucket;

		Bucket(S3Client s3, String bucket) {
			super("S3 not reachable");
			this.s3 = s3;
			this.bucket = bucket;
		}

		@Override
		protected void doHealthCheck(Health.Builder builder) {
			try {
				this.s3.headObject((head) -> head.bucket(this.bucket).key(PhotoBucket.PHOTO_PREFIX + "health-probe"));
			}
			catch (AwsServiceException answered) {
				if (answered.statusCode() >= 500) {
					throw answered;
				}
			}
			builder.up().withDetail("bucket", this.bucket);
		}

	}

}
