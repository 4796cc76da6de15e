package com.happinessscouter.quota;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.happinessscouter.audit.AuditEntry;
import com.happinessscouter.limits.GuestLimits;
import com.happinessscouter.quota.internal.QuotaPoller;
import com.happinessscouter.quota.internal.QuotaTable;
import com.happinessscouter.simulator.ChatEntry;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorFaults;
import com.happinessscouter.simulator.SimulatorQuota;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoStatus;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Quota polling and the throttle against the simulated LINE API and the emulated table.
 */
class QuotaIT extends ScouterIT {

	@Autowired
	QuotaPoller poller;

	@Autowired
	QuotaTable table;

	@Autowired
	Throttle throttle;

	@Autowired
	SimulatorQuota quota;

	@Autowired
	SimulatorFaults faults;

	@Autowired
	Clock clock;

	@Autowired
	GuestLimits limits;

	@Autowired
	MeterRegistry meters;

	@AfterEach
	void restore() {
		this.quota.failWith(0);
		this.quota.resetUsage();
		this.quota.plan(true, 200);
		this.throttle.changePushLateResults(false, "test");
		this.faults.clear();
		this.throttle.change(ThrottleMode.AUTO, "test", "restore");
		this.limits.change(0, 0, 0, "test");
		this.poller.poll();
	}

	@Test
	void pollStoresLinesFiguresAndHistory() {
		this.quota.addUsage(37);
		int before = this.table.history(this.throttle.month()).size();

		QuotaSnapshot snapshot = this.poller.poll();

		assertThat(snapshot.limited()).isTrue();
		assertThat(snapshot.limit()).isEqualTo(200);
		assertThat(snapshot.used()).isEqualTo(this.ledger.pushCount() + 37);
		QuotaStatus status = this.throttle.status();
		assertThat(status.last()).isEqualTo(snapshot);
		assertThat(status.lastError()).isNull();
		assertThat(this.table.history(this.throttle.month())).hasSize(before + 1).contains(snapshot);
	}

	@Test
	void failedPollsAreRecordedAndTheLastGoodFiguresStay() {
		QuotaSnapshot good = this.poller.poll();
		this.quota.failWith(401);

		assertThat(this.poller.poll()).isNull();

		QuotaStatus status = this.throttle.status();
		assertThat(status.lastError()).contains("401");
		assertThat(status.last()).isEqualTo(good);
		this.quota.failWith(500);
		this.poller.poll();
		assertThat(this.throttle.status().lastError()).startsWith("500");
	}

	@Test
	void auto_withNoPushesLeft_staysOpen_andPhotosAreScoredOnTheFreeReply() {
		this.quota.addUsage(200 - this.ledger.pushCount());
		this.poller.poll();
		assertThat(this.throttle.pushAllowed()).isFalse();
		assertThat(this.throttle.decision().busy()).isFalse();

		SimulatedGuest guest = guest("en");
		String messageId = photoOnLine("/photos/grace_hopper_512x512.jpg", "image/jpeg");
		send(SignedWebhook
			.body(SignedWebhook.event("image", Map.of("userId", guest.userId(), "messageId", messageId))));

		ChatEntry answer = awaitBotMessages(guest.userId(), 1).getFirst();
		assertThat(answer.via()).isEqualTo("reply");
		assertThat(awaitPhoto(guest.userId(), messageId, Photo::answered).status()).isEqualTo(PhotoStatus.SCORED);
	}

	@Test
	void forcedBusyAndOffAreObeyedAndAudited() {
		this.throttle.change(ThrottleMode.FORCED_BUSY, "admin", "speeches");
		assertThat(this.throttle.decision()).extracting(ThrottleDecision::busy, ThrottleDecision::reason)
			.containsExactly(true, "busy: forced by admin");
		this.quota.addUsage(200);
		this.poller.poll();
		this.throttle.change(ThrottleMode.OFF, "admin", "party goes on");
		assertThat(this.throttle.decision().busy()).isFalse();

		assertThat(this.throttle.audit(2)).extracting(AuditEntry::to).containsExactly("OFF", "FORCED_BUSY");
		assertThat(this.throttle.audit(1).getFirst()).extracting(AuditEntry::who, AuditEntry::reason)
			.containsExactly("admin", "party goes on");
	}

	@Test
	void analysisBudgetCapsTheMonthsAnalyses() {
		long done = this.limits.budget().used();
		this.limits.change(0, 0, done + 1, "admin");
		this.throttle.refresh();
		assertThat(this.throttle.decision().busy()).isFalse();

		SimulatedGuest guest = guest("ja");
		sendPhotoAndAwait(guest, PhotoCopies.unique(SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg")));
		this.throttle.refresh();

		assertThat(this.throttle.decision().busy()).isTrue();
		assertThat(this.throttle.decision().reason()).contains("analyses this month");
	}

	@Test
	void identicalBytesAreNotAnalysedTwice() {
		byte[] photo = PhotoCopies.unique(SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg"));
		Photo first = sendPhotoAndAwait(guest("en"), photo);
		double analyses = analyses();

		Photo second = sendPhotoAndAwait(guest("ja"), photo);

		assertThat(second.status()).isEqualTo(PhotoStatus.SCORED);
		assertThat(second.score()).isEqualTo(first.score());
		assertThat(analyses()).isEqualTo(analyses);
	}

	private double analyses() {
		return this.meters.find("app.analyzer.results").counters().stream().mapToDouble(Counter::count).sum();
	}

	@Test
	void monthlyLimitOnAPushHoldsFurtherPushesUntilAPollShowsRoomAgain() {
		this.throttle.changePushLateResults(true, "test");
		this.faults.fail("push", HttpStatus.TOO_MANY_REQUESTS, 1);
		SimulatedGuest guest = guest("en");
		String messageId = photoOnLine("/photos/grace_hopper_512x512.jpg", "image/jpeg");
		long longAgo = System.currentTimeMillis() - 70_000;

		send(SignedWebhook.body(SignedWebhook.event("image",
				Map.of("userId", guest.userId(), "messageId", messageId, "timestamp", longAgo))));

		assertThat(awaitPhoto(guest.userId(), messageId, Photo::pending).answered()).as("waits for the next message")
			.isFalse();
		assertThat(this.ledger.botMessages(guest.userId())).isEmpty();
		assertThat(this.throttle.status().exhaustedMonth()).isEqualTo(this.throttle.month());
		assertThat(this.throttle.pushAllowed()).isFalse();
		assertThat(this.throttle.decision().busy()).isFalse();

		this.poller.poll();
		assertThat(this.throttle.status().exhaustedMonth()).isNull();
		assertThat(this.throttle.pushAllowed()).isTrue();
	}

	@Test
	void onlyOneInstancePollsPerInterval() {
		Instant now = this.clock.instant().plus(Duration.ofDays(1));
		Instant until = now.plus(Duration.ofMinutes(4));

		assertThat(this.table.takeLease("instance-a", now, until)).isTrue();
		assertThat(this.table.takeLease("instance-b", now, until)).isFalse();
		assertThat(this.table.takeLease("instance-a", now.plusSeconds(60), until)).isTrue();
		assertThat(this.table.takeLease("instance-b", until, until.plus(Duration.ofMinutes(4)))).isTrue();
		assertThat(this.table.takeLease("instance-a", until.plusSeconds(1), until.plus(Duration.ofMinutes(5))))
			.isFalse();
		// hand the lease back to the clock of the app's own poller
		assertThat(this.table.takeLease("instance-b", until.plusSeconds(2), this.clock.instant())).isTrue();
	}

	@Test
	void photosAreScoredAgainOnceTheSwitchIsBack() {
		this.throttle.change(ThrottleMode.FORCED_BUSY, "admin", "toast");
		this.throttle.change(ThrottleMode.AUTO, "admin", "toast done");
		SimulatedGuest guest = guest("ja");
		String messageId = photoOnLine("/photos/grace_hopper_512x512.jpg", "image/jpeg");

		send(SignedWebhook
			.body(SignedWebhook.event("image", Map.of("userId", guest.userId(), "messageId", messageId))));

		assertThat(awaitPhoto(guest.userId(), messageId, Photo::answered).status()).isEqualTo(PhotoStatus.SCORED);
		await().until(() -> !this.ledger.botMessages(guest.userId()).isEmpty());
	}

}
