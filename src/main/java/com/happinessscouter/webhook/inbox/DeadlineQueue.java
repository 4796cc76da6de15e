package com.happinessscouter.webhook.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.happinessscouter.webhook.EventContext;
import com.happinessscouter.webhook.GuestQueue;

/**
 * The workers' queue, earliest reply-token deadline first (see {@link QueuedEvent}),
 * bounded by the worker's slots, and what it knows of the wait: a queued photo's result
 * is expected after (photos queued ahead of it / workers + 1) times the time a photo
 * takes a worker (a moving average); while every worker is busy that is the photos ahead
 * divided by the rate at which photos finish. A photo is late when that estimate, or the
 * clock itself, reaches its deadline less a safety margin.
 */
final class DeadlineQueue {

	/** Weight of the newest photo in the moving average. */
	static final double WEIGHT = 0.2;

	private final PriorityBlockingQueue<Runnable> queue = new PriorityBlockingQueue<>();

	private final Set<QueuedEvent> inFlight = ConcurrentHashMap.newKeySet();

	private final int workers;

	private final Clock clock;

	/** Seconds a photo takes a worker (moving average); negative until one finished. */
	private volatile double perPhoto = -1;

	/** A late photo, how many photos are before it and when its result is expected. */
	record Late(QueuedEvent event, int ahead, Duration expected) {
	}

	DeadlineQueue(int workers, Clock clock) {
		this.workers = workers;
		this.clock = clock;
	}

	BlockingQueue<Runnable> queue() {
		return this.queue;
	}

	/** An event for the workers: {@code work} runs when a worker takes it. */
	QueuedEvent add(EventContext context, boolean photo, Instant deadline, Runnable work) {
		QueuedEvent[] holder = new QueuedEvent[1];
		QueuedEvent event = new QueuedEvent(context, photo, deadline, () -> run(holder[0], work));
		holder[0] = event;
		this.inFlight.add(event);
		return event;
	}

	private void run(QueuedEvent event, Runnable work) {
		event.start(this.clock.instant());
		try {
			work.run();
		}
		finally {
			this.inFlight.remove(event);
			if (event.photo()) {
				observe(Duration.between(event.startedAt(), this.clock.instant()));
			}
		}
	}

	/** One photo took a worker {@code took}. */
	void observe(Duration took) {
		double seconds = took.toNanos() / 1e9;
		double before = this.perPhoto;
		this.perPhoto = (before < 0) ? seconds : before + WEIGHT * (seconds - before);
	}

	/**
	 * The estimated time until the result of a photo with {@code queuedAhead} before it.
	 */
	Optional<Duration> estimate(int queuedAhead) {
		double seconds = this.perPhoto;
		if (seconds < 0) {
			return Optional.empty();
		}
		return Optional.of(Duration.ofMillis(Math.round(1000 * seconds * ((double) queuedAhead / this.workers + 1))));
	}

	/**
	 * Whether an answer due by {@code deadline} is late at {@code now}: the deadline less
	 * the margin has come, or the expected wait (when known) goes past it.
	 */
	static boolean late(Instant now, Instant deadline, Duration margin, Duration expected) {
		if (deadline == null) {
			return false;
		}
		Instant lastSafe = deadline.minus(margin);
		return !now.isBefore(lastSafe) || (expected != null && now.plus(expected).isAfter(lastSafe));
	}

	/**
	 * The photos whose answer will be late and whose token is still unspent
	 * ({@code unspent}); each is moved behind the photos that can still make theirs.
	 */
	List<Late> late(Duration margin, Predicate<QueuedEvent> unspent) {
		Instant now = this.clock.instant();
		List<QueuedEvent> found = new ArrayList<>();
		int running = 0;
		int queuedAhead = 0;
		for (QueuedEvent event : ordered()) {
			if (!event.photo()) {
				continue;
			}
			Duration wait = event.started() ? null : estimate(queuedAhead).orElse(null);
			if (!event.late() && late(now, event.deadline(), margin, wait) && unspent.test(event)) {
				found.add(event);
			}
			if (event.started()) {
				running++;
			}
			else {
				queuedAhead++;
			}
		}
		found.forEach((event) -> reorder(event, QueuedEvent::markLate));
		int busy = running;
		return found.stream().map((event) -> {
			int before = queuedBefore(event);
			return new Late(event, busy + before,
					event.started() ? estimate(0).orElse(Duration.ZERO) : estimate(before).orElse(Duration.ZERO));
		}).toList();
	}

	/**
	 * A photo just handed over that will be late already (its deadline is near, or the
	 * photos queued before it take too long): its token is taken ({@code take}) and it
	 * goes behind the photos that can make theirs. Call before it is queued.
	 */
	Optional<Late> lateOnArrival(QueuedEvent event, Duration margin, Predicate<QueuedEvent> take) {
		if (!event.photo()) {
			return Optional.empty();
		}
		int before = queuedBefore(event);
		Duration expected = estimate(before).orElse(null);
		if (!late(this.clock.instant(), event.deadline(), margin, expected) || !take.test(event)) {
			return Optional.empty();
		}
		event.markLate();
		int ahead = queuedBefore(event) + (int) this.inFlight.stream().filter((e) -> e.photo() && e.started()).count();
		return Optional.of(new Late(event, ahead, estimate(queuedBefore(event)).orElse(Duration.ZERO)));
	}

	/** Where the guest's first unfinished photo stands. */
	Optional<GuestQueue.Wait> waitOf(String userId) {
		int running = 0;
		int queuedAhead = 0;
		for (QueuedEvent event : ordered()) {
			if (event.photo() && userId.equals(event.userId())) {
				int ahead = running + queuedAhead;
				Duration wait = estimate(event.started() ? 0 : queuedAhead).orElse(Duration.ZERO);
				return Optional.of(new GuestQueue.Wait(ahead, wait));
			}
			if (event.photo() && event.started()) {
				running++;
			}
			else if (event.photo()) {
				queuedAhead++;
			}
		}
		return Optional.empty();
	}

	/** The guest's queued photos are worked on to make {@code deadline}. */
	void expedite(String userId, Instant deadline) {
		this.inFlight.stream()
			.filter((event) -> event.photo() && userId.equals(event.userId()) && !event.started())
			.forEach((event) -> reorder(event, (moved) -> moved.answerBy(deadline)));
	}

	/** Changes an event's order: out of the queue, changed, back in. */
	void reorder(QueuedEvent event, Consumer<QueuedEvent> change) {
		boolean queued = this.queue.remove(event);
		change.accept(event);
		if (queued) {
			this.queue.offer(event);
		}
	}

	private int queuedBefore(QueuedEvent event) {
		int before = 0;
		for (Runnable other : this.queue.toArray(Runnable[]::new)) {
			if (other instanceof QueuedEvent queued && queued.photo() && queued.compareTo(event) < 0) {
				before++;
			}
		}
		return before;
	}

	/**
	 * Running events first, then the queued ones in the order the workers take them (from
	 * a snapshot: workers start events meanwhile).
	 */
	private List<QueuedEvent> ordered() {
		return this.inFlight.stream().map(Snapshot::of).sorted(Snapshot.ORDER).map(Snapshot::event).toList();
	}

	private record Snapshot(QueuedEvent event, boolean started, int rank, Instant deadline, long sequence) {

		static final Comparator<Snapshot> ORDER = Comparator.comparing((Snapshot s) -> !s.started())
			.thenComparingInt(Snapshot::rank)
			.thenComparing(Snapshot::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparingLong(Snapshot::sequence);

		static Snapshot of(QueuedEvent event) {
			return new Snapshot(event, event.started(), event.rank(), event.deadline(), event.sequence());
		}

	}

}
