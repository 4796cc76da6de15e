package com.happinessscouter.submission.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.happinessscouter.submission.PhotoStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class ResumeTest {

	private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

	@Test
	void photoNotYetStored_isReceived() {
		assertThat(Resume.of(null)).isEqualTo(Resume.RECEIVE);
	}

	@Test
	void photoStoredButNotScored_isScored() {
		assertThat(Resume.of(item(PhotoStatus.RECEIVED, false))).isEqualTo(Resume.SCORE);
	}

	@ParameterizedTest
	@EnumSource(value = PhotoStatus.class, names = { "SCORED", "NO_FACE", "FAILED", "DUPLICATE" })
	void photoSettledButNotAnswered_isAnswered(PhotoStatus status) {
		assertThat(Resume.of(item(status, false))).isEqualTo(Resume.ANSWER);
	}

	@ParameterizedTest
	@EnumSource(PhotoStatus.class)
	void answeredPhoto_isDone(PhotoStatus status) {
		assertThat(Resume.of(item(status, true))).isEqualTo(Resume.DONE);
	}

	@Test
	void deletedPhoto_isDone_evenUnanswered() {
		assertThat(Resume.of(item(PhotoStatus.DELETED, false))).isEqualTo(Resume.DONE);
	}

	private PhotoItem item(PhotoStatus status, boolean answered) {
		PhotoItem item = new PhotoItem();
		item.setPk("U1");
		item.setSk("m1");
		item.setStatus(status);
		item.setCreatedAt(this.clock.millis());
		item.setAnsweredAt(answered ? this.clock.millis() : null);
		return item;
	}

}
