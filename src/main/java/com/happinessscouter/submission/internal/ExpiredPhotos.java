package com.happinessscouter.submission.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.retention.ExpiringPhotos;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.model.Select;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes expired photos (S3 object and record) on a schedule, because emulators expire
 * nothing (on AWS the bucket's lifecycle rule and DynamoDB's TTL do it as well, only
 * later), and counts the photos about to expire.
 */
@Component
class ExpiredPhotos implements ExpiringPhotos {

	/** How many past days the sweeper looks back (a stopped app catches up this far). */
	static final int LOOK_BACK_DAYS = 30;

	private static final Logger log = LoggerFactory.getLogger(ExpiredPhotos.class);

	private final DynamoDbTable<PhotoItem> table;

	private final DynamoDbIndex<PhotoItem> expiry;

	private final PhotoObjects objects;

	private final Clock clock;

	ExpiredPhotos(SingleTable single, PhotoObjects objects, Clock clock) {
		this.table = single.table(PhotoItem.class);
		this.expiry = this.table.index(SingleTable.WORK_INDEX);
		this.objects = objects;
		this.clock = clock;
	}

	@Scheduled(initialDelay = 30_000, fixedDelayString = "${app.retention.sweep-interval}")
	void scheduled() {
		try {
			sweep();
		}
		catch (RuntimeException ex) {
			log.warn("expired photos not swept this time: {}", ex.toString());
		}
	}

	/**
	 * @return how many photos were deleted
	 */
	int sweep() {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		int deleted = 0;
		for (int back = LOOK_BACK_DAYS; back >= 0; back--) {
			for (PhotoItem item : expiringIn(today.minusDays(back), now.getEpochSecond() + 1).toList()) {
				if (item.getS3Key() != null) {
					this.objects.delete(item.getS3Key());
				}
				this.table.deleteItem(Key.builder().partitionValue(item.getPk()).sortValue(item.getSk()).build());
				deleted++;
			}
		}
		if (deleted > 0) {
			log.info("deleted {} expired photos", deleted);
		}
		return deleted;
	}

	/**
	 * Counted by the index alone (Select COUNT over the sort-key window of each expiry
	 * day from today to {@code until}'s): no item is read back.
	 */
	@Override
	public long expiringBefore(Instant until) {
		Instant now = this.clock.instant();
		long count = 0;
		for (LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC); !day
			.isAfter(LocalDate.ofInstant(until, ZoneOffset.UTC)); day = day.plusDays(1)) {
			QueryConditional window = QueryConditional.sortBetween(PhotoExpiry.windowStart(day, now.getEpochSecond()),
					PhotoExpiry.windowEnd(day, until.getEpochSecond()));
			count += this.expiry.query((query) -> query.queryConditional(window).select(Select.COUNT))
				.stream()
				.mapToLong(Page::count)
				.sum();
		}
		return count;
	}

	/** Photos of one expiry day expiring before {@code beforeSeconds}. */
	private Stream<PhotoItem> expiringIn(LocalDate day, long beforeSeconds) {
		QueryConditional condition = QueryConditional.sortLessThan(Key.builder()
			.partitionValue(PhotoExpiry.partition(day))
			.sortValue(PhotoExpiry.sortKey(beforeSeconds))
			.build());
		return this.expiry.query((query) -> query.queryConditional(condition))
			.stream()
			.flatMap((page) -> page.items().stream());
	}

}
