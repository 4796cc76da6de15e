package com.happinessscouter.aws;

/**
 * One lifecycle rule of the photo bucket, as the bucket has it.
 *
 * @param id the rule id
 * @param prefix the key prefix it applies to ({@code ""}: the whole bucket)
 * @param enabled whether it is enabled
 * @param expirationDays objects expire this many days after creation ({@code null}:
 * never)
 * @param transitionDays moved to {@code storageClass} after this many days ({@code null}:
 * no transition)
 * @param storageClass the class it moves to
 * @param abortMultipartDays incomplete multipart uploads are aborted after this many days
 * ({@code null}: never)
 * @param ours whether the app manages it (id starts with {@value #OUR_PREFIX})
 */
public record LifecycleRule(String id, String prefix, boolean enabled, Integer expirationDays, Integer transitionDays,
		String storageClass, Integer abortMultipartDays, boolean ours) {

	/** Ids of the rules the app manages; all others belong to the operator. */
	public static final String OUR_PREFIX = "happiness-scouter-";

}
