package com.happinessscouter.aws;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the two stores, each probed with one cheap call the app's policy already
 * allows: any answer from the service means it is reachable; no answer means down.
 */
final class StorageHealth extends AbstractHealthIndicator {

	private final Runnable probe;

	private final String resource;

	private final String name;

	private StorageHealth(String service, String resource, String name, Runnable probe) {
		super(service + " not reachable");
		this.resource = resource;
		this.name = name;
		this.probe = probe;
	}

	/** {@code dynamoDb}: a GetItem on a probe key of the one table. */
	static StorageHealth table(DynamoDbClient db, String table) {
		return new StorageHealth("DynamoDB", "table", table,
				() -> db.getItem((get) -> get.tableName(table).key(KeySpace.HEALTH_PROBE.key())));
	}

	/**
	 * {@code photoBucket}: a HEAD of a probe object (404 or 403 still proves S3 answers).
	 */
	static StorageHealth bucket(S3Client s3, String bucket) {
		return new StorageHealth("S3", "bucket", bucket, () -> {
			try {
				s3.headObject((head) -> head.bucket(bucket).key(PhotoBucket.PHOTO_PREFIX + "health-probe"));
			}
			catch (AwsServiceException answered) {
				if (answered.statusCode() >= 500) {
					throw answered;
				}
			}
		});
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		this.probe.run();
		builder.up().withDetail(this.resource, this.name);
	}

}
