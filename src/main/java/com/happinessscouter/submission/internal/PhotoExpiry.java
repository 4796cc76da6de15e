package com.happinessscouter.submission.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.happinessscouter.aws.IndexSpace;
import software.amazon.awssdk.enhanced.dynamodb.Key;

/**
 * The expiry index of photos (on the work index {@code gsi1}): one partition per UTC day
 * ({@code EXPIRES#yyyy-MM-dd}), sorted by expiry time, so expired and soon-expiring
 * photos are found with a few Queries, never a Scan.
 */
final class PhotoExpiry {

	private PhotoExpiry() {
	}

	static void set(PhotoItem item, Instant expiresAt) {
		long seconds = expiresAt.getEpochSecond();
		item.setExpiresAt(seconds);
		item.setGsi1pk(partition(LocalDate.ofInstant(expiresAt, ZoneOffset.UTC)));
		item.setGsi1sk(sortKey(seconds) + "#" + item.getPk() + "#" + item.getSk());
	}

	static String partition(LocalDate day) {
		return IndexSpace.EXPIRES.pk(day);
	}

	/**
	 * The lowest sort key of {@code day}'s photos expiring after {@code nowSeconds}
	 * (inclusive bound of a between-window).
	 */
	static Key windowStart(LocalDate day, long nowSeconds) {
		return Key.builder().partitionValue(partition(day)).sortValue(sortKey(nowSeconds + 1)).build();
	}

	/**
	 * Above the sort keys of {@code day}'s photos expiring before {@code untilSeconds}
	 * and below those expiring at or after it (a photo's key continues with {@code #}).
	 */
	static Key windowEnd(LocalDate day, long untilSeconds) {
		return Key.builder().partitionValue(partition(day)).sortValue(sortKey(untilSeconds)).build();
	}

	/** Sort keys of photos expiring before {@code seconds} are lower than this. */
	static String sortKey(long seconds) {
		return String.format("%012d", seconds);
	}

}
