package com.happinessscouter.aws;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.AbortIncompleteMultipartUpload;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.LifecycleExpiration;
import software.amazon.awssdk.services.s3.model.LifecycleRuleFilter;
import software.amazon.awssdk.services.s3.model.Transition;
import software.amazon.awssdk.services.s3.model.TransitionStorageClass;

/**
 * Reads and writes the photo bucket's lifecycle configuration. The app's rules (ids
 * starting {@value LifecycleRule#OUR_PREFIX}) are replaced; every other rule on the
 * bucket is kept exactly as it is.
 */
public final class BucketLifecycle {

	private final S3Client s3;

	private final String bucket;

	public BucketLifecycle(S3Client s3, PhotoBucket bucket) {
		this.s3 = s3;
		this.bucket = bucket.name();
	}

	/** The rules the bucket really has now (an empty list when it has none). */
	public List<LifecycleRule> read() {
		return sdkRules().stream().map(BucketLifecycle::view).toList();
	}

	/**
	 * Replaces the app's rules with {@code ours}, keeps the operator's, and reads back.
	 * @return the bucket's rules after the change
	 */
	public List<LifecycleRule> apply(List<LifecycleRule> ours) {
		List<software.amazon.awssdk.services.s3.model.LifecycleRule> merged = new ArrayList<>();
		for (software.amazon.awssdk.services.s3.model.LifecycleRule existing : sdkRules()) {
			if (existing.id() == null || !existing.id().startsWith(LifecycleRule.OUR_PREFIX)) {
				merged.add(existing);
			}
		}
		ours.stream().map(BucketLifecycle::sdk).forEach(merged::add);
		if (merged.isEmpty()) {
			this.s3.deleteBucketLifecycle((delete) -> delete.bucket(this.bucket));
		}
		else {
			this.s3.putBucketLifecycleConfiguration(
					(put) -> put.bucket(this.bucket).lifecycleConfiguration((config) -> config.rules(merged)));
		}
		return read();
	}

	private List<software.amazon.awssdk.services.s3.model.LifecycleRule> sdkRules() {
		try {
			return this.s3.getBucketLifecycleConfiguration((get) -> get.bucket(this.bucket)).rules();
		}
		catch (AwsServiceException ex) {
			if ("NoSuchLifecycleConfiguration".equals(ex.awsErrorDetails().errorCode()) || ex.statusCode() == 404) {
				return List.of();
			}
			throw ex;
		}
	}

	private static software.amazon.awssdk.services.s3.model.LifecycleRule sdk(LifecycleRule rule) {
		software.amazon.awssdk.services.s3.model.LifecycleRule.Builder builder = software.amazon.awssdk.services.s3.model.LifecycleRule
			.builder()
			.id(rule.id())
			.filter(LifecycleRuleFilter.builder().prefix(rule.prefix()).build())
			.status(rule.enabled() ? ExpirationStatus.ENABLED : ExpirationStatus.DISABLED);
		if (rule.expirationDays() != null) {
			builder.expiration(LifecycleExpiration.builder().days(rule.expirationDays()).build());
		}
		if (rule.transitionDays() != null) {
			builder.transitions(Transition.builder()
				.days(rule.transitionDays())
				.storageClass(TransitionStorageClass.fromValue(rule.storageClass()))
				.build());
		}
		if (rule.abortMultipartDays() != null) {
			builder.abortIncompleteMultipartUpload(
					AbortIncompleteMultipartUpload.builder().daysAfterInitiation(rule.abortMultipartDays()).build());
		}
		return builder.build();
	}

	private static LifecycleRule view(software.amazon.awssdk.services.s3.model.LifecycleRule rule) {
		String prefix = (rule.filter() != null && rule.filter().prefix() != null) ? rule.filter().prefix()
				: (rule.prefix() != null) ? rule.prefix() : "";
		Transition transition = rule.hasTransitions() && !rule.transitions().isEmpty() ? rule.transitions().getFirst()
				: null;
		return new LifecycleRule(rule.id(), prefix, rule.status() == ExpirationStatus.ENABLED,
				(rule.expiration() != null) ? rule.expiration().days() : null,
				(transition != null) ? transition.days() : null,
				(transition != null) ? transition.storageClassAsString() : null,
				(rule.abortIncompleteMultipartUpload() != null)
						? rule.abortIncompleteMultipartUpload().daysAfterInitiation() : null,
				rule.id() != null && rule.id().startsWith(LifecycleRule.OUR_PREFIX));
	}

}
