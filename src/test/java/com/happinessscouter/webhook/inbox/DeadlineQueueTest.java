package com.happinessscouter.webhook.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.happinessscouter.webhook.ChatType;
import com.happinessscouter.webhook.EventContext;
import com.happinessscouter.webhook.GuestQueue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineQueueTest {

	private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

	private static final Duration MARGIN = Duration.ofSeconds(5);

	private final TestClock clock = new TestClock();

	private final List<String> ran = new ArrayList<>();

	@Test
	void workers_takeTextsFirst_thenPhotosEarliestDeadlineFirst_thenPhotosWhoseTokenIsSpent() {
		DeadlineQueue queue = new DeadlineQueue(2, this.clock);
		offer(queue, photo(queue, "late-guest", 5));
		offer(queue, photo(queue, "later", 40));
		offer(queue, photo(queue, "sooner", 20));
		offer(queue, text(queue, "text", 50));
		QueuedEvent spent = photo(queue, "spent", 1);
		spent.markLate();
		offer(queue, spent);

		drain(queue);

		assertThat(this.ran).containsExactly("text", "late-guest", "sooner", "later", "spent");
	}

	@Test
	void estimate_isPhotosAheadPerWorkerPlusOne_timesTheMovingAverageOfAPhoto() {
		DeadlineQueue queue = new DeadlineQueue(2, this.clock);
		assertThat(queue.estimate(3)).as("before any photo was timed").isEmpty();

		queue.observe(Duration.ofSeconds(4));
		assertThat(queue.estimate(0)).contains(Duration.ofSeconds(4));
		assertThat(queue.estimate(4)).contains(Duration.ofSeconds(12));

		queue.observe(Duration.ofSeconds(9));
		assertThat(queue.estimate(0)).as("moving average 4 + 0.2 x (9 - 4)").contains(Duration.ofSeconds(5));
	}

	@Test
	void lateDecision_whenTheDeadlineLessTheMarginHasCome_orTheEstimatedResultComesAfterIt() {
		Instant deadline = NOW.plusSeconds(50);

		assertThat(DeadlineQueue.late(NOW, deadline, MARGIN, null)).isFalse();
		assertThat(DeadlineQueue.late(NOW, deadline, MARGIN, Duration.ofSeconds(45))).isFalse();
		assertThat(DeadlineQueue.late(NOW, deadline, MARGIN, Duration.ofSeconds(46))).isTrue();
		assertThat(DeadlineQueue.late(NOW.plusSeconds(45), deadline, MARGIN, null)).isTrue();
		assertThat(DeadlineQueue.late(NOW, null, MARGIN, Duration.ofHours(1))).as("no token").isFalse();
	}

	@Test
	void late_byTheEstimate_takesTheTokenOnce_andMovesThePhotoBehindThoseThatCanMakeTheirs() {
		DeadlineQueue queue = new DeadlineQueue(1, this.clock);
		queue.observe(Duration.ofSeconds(10));
		QueuedEvent first = photo(queue, "first", 50);
		QueuedEvent second = photo(queue, "second", 30);
		QueuedEvent third = photo(queue, "third", 60);
		offer(queue, first);
		offer(queue, second);
		offer(queue, third);
		AtomicInteger taken = new AtomicInteger();

		// expected: second after 10 s (of 25 usable), first 20 s (of 45), third 30 s (of
		// 55)
		assertThat(queue.late(MARGIN, (event) -> taken.incrementAndGet() > 0)).isEmpty();
		this.clock.advance(Duration.ofSeconds(20));
		List<DeadlineQueue.Late> late = queue.late(MARGIN, (event) -> taken.incrementAndGet() > 0);

		// second would come at 30 s, past its 25: told to wait, behind the other two
		assertThat(late).extracting((l) -> l.event().context().webhookEventId()).containsExactly("second");
		assertThat(late.getFirst().ahead()).isEqualTo(2);
		assertThat(late.getFirst().expected()).isEqualTo(Duration.ofSeconds(30));
		assertThat(queue.late(MARGIN, (event) -> taken.incrementAndGet() > 0)).as("told once").isEmpty();
		assertThat(taken).hasValue(1);
		drain(queue);
		assertThat(this.ran).containsExactly("first", "third", "second");
	}

	@Test
	void late_inFact_coversAPhotoBeingAnalysed() {
		DeadlineQueue queue = new DeadlineQueue(1, this.clock);
		QueuedEvent running = photo(queue, "running", 10);
		offer(queue, running);
		queue.queue().poll();
		running.start(this.clock.instant());

		this.clock.advance(Duration.ofSeconds(4));
		assertThat(queue.late(MARGIN, (event) -> true)).isEmpty();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(queue.late(MARGIN, (event) -> true)).extracting(DeadlineQueue.Late::event).containsExactly(running);
	}

	@Test
	void seeResults_expeditesTheGuestsSpentPhotos_andSaysWhereTheyStand() {
		DeadlineQueue queue = new DeadlineQueue(2, this.clock);
		queue.observe(Duration.ofSeconds(2));
		QueuedEvent mine = photo(queue, "mine", 1);
		mine.markLate();
		offer(queue, mine);
		offer(queue, photo(queue, "a", 30));
		offer(queue, photo(queue, "b", 40));
		assertThat(queue.waitOf("U-mine")).contains(new GuestQueue.Wait(2, Duration.ofSeconds(4)));

		queue.expedite("U-mine", NOW.plusSeconds(20));

		assertThat(queue.waitOf("U-mine")).contains(new GuestQueue.Wait(0, Duration.ofSeconds(2)));
		drain(queue);
		assertThat(this.ran).containsExactly("mine", "a", "b");
		assertThat(queue.waitOf("U-mine")).isEmpty();
	}

	private QueuedEvent photo(DeadlineQueue queue, String name, int deadlineSeconds) {
		return event(queue, name, true, deadlineSeconds);
	}

	private QueuedEvent text(DeadlineQueue queue, String name, int deadlineSeconds) {
		return event(queue, name, false, deadlineSeconds);
	}

	private QueuedEvent event(DeadlineQueue queue, String name, boolean photo, int deadlineSeconds) {
		EventContext context = new EventContext(name, "U-" + name, ChatType.USER, "U-" + name, "token-" + name, NOW);
		return queue.add(context, photo, NOW.plusSeconds(deadlineSeconds), () -> this.ran.add(name));
	}

	private static void offer(DeadlineQueue queue, QueuedEvent event) {
		queue.queue().offer(event);
	}

	private static void drain(DeadlineQueue queue) {
		Runnable next;
		while ((next = queue.queue().poll()) != null) {
			next.run();
		}
	}

	/** A clock the test moves on. */
	private static final class TestClock extends Clock {

		private Instant now = NOW;

		void advance(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
