package com.happinessscouter.submission.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoKey;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Expired photos go: the S3 object and the record, found through the expiry index. */
class ExpiredPhotosIT extends ScouterIT {

	@Autowired
	SingleTable single;

	@Autowired
	PhotoObjects objects;

	@Autowired
	S3Client s3;

	@Test
	void theSweeperDeletesExpiredPhotosAndCountsThoseAboutToExpire() {
		SimulatedGuest guest = guest("ja");
		String messageId = photoOnLine("/photos/grace_hopper_512x512.jpg", "image/jpeg");
		send(SignedWebhook
			.body(SignedWebhook.event("image", Map.of("userId", guest.userId(), "messageId", messageId))));
		Photo photo = awaitPhoto(guest.userId(), messageId, Photo::answered);
		PhotoItem item = this.single.table(PhotoItem.class)
			.getItem(Key.builder().partitionValue(guest.userId()).sortValue(messageId).build());
		Instant expiry = Instant.ofEpochSecond(item.getExpiresAt());
		assertThat(expiry).isAfter(Instant.now().plus(Duration.ofDays(1)));

		ExpiredPhotos dayBefore = at(expiry.minus(Duration.ofDays(1)));
		assertThat(dayBefore.sweep()).isZero();
		assertThat(dayBefore.expiringBefore(expiry.plusSeconds(1))).isPositive();
		assertThat(photo(guest.userId(), messageId)).isPresent();

		ExpiredPhotos dayAfter = at(expiry.plus(Duration.ofDays(1)));
		assertThat(dayAfter.sweep()).isPositive();

		assertThat(this.single.table(PhotoItem.class)
			.getItem(Key.builder().partitionValue(guest.userId()).sortValue(messageId).build())).isNull();
		assertThatExceptionOfType(NoSuchKeyException.class)
			.isThrownBy(() -> this.s3.getObjectAsBytes((get) -> get.bucket("scouter-it").key(photo.s3Key())));
		assertThat(this.submissions.find(new PhotoKey(guest.userId(), messageId))).isEmpty();
	}

	private ExpiredPhotos at(Instant now) {
		return new ExpiredPhotos(this.single, this.objects, Clock.fixed(now, ZoneOffset.UTC));
	}

}
