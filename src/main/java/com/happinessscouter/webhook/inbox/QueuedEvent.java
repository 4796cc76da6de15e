package com.happinessscouter.webhook.inbox;

import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;

import com.happinessscouter.webhook.EventContext;

/**
 * An event handed to the workers, in the order they take them: first what is not a photo
 * (cheap, and it may carry a guest's pending results), then photos earliest reply-token
 * deadline first, last the photos whose token was already spent on a "please wait" reply
 * (they can no longer miss it), each group in arrival order at equal deadlines. Its order
 * only changes while it is out of the queue ({@link DeadlineQueue#reorder}).
 */
final class QueuedEvent implements Runnable, Comparable<QueuedEvent> {

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private static final Comparator<QueuedEvent> ORDER = Comparator.comparingInt(QueuedEvent::rank)
		.thenComparing((QueuedEvent event) -> event.deadline, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingLong((event) -> event.sequence);

	private final EventContext context;

	private final boolean photo;

	private final long sequence = SEQUENCE.incrementAndGet();

	private final Runnable work;

	private volatile Instant deadline;

	private volatile boolean late;

	private volatile Instant startedAt;

	/**
	 * @param context the event's context, {@code null} when it could not be read
	 * @param photo whether it is a photo
	 * @param deadline when its reply token is no longer used, or {@code null}
	 * @param work what the worker does
	 */
	QueuedEvent(EventContext context, boolean photo, Instant deadline, Runnable work) {
		this.context = context;
		this.photo = photo;
		this.deadline = deadline;
		this.work = work;
	}

	@Override
	public void run() {
		this.work.run();
	}

	void start(Instant now) {
		this.startedAt = now;
	}

	@Override
	public int compareTo(QueuedEvent other) {
		return ORDER.compare(this, other);
	}

	int rank() {
		if (!this.photo) {
			return 0;
		}
		return this.late ? 2 : 1;
	}

	EventContext context() {
		return this.context;
	}

	boolean photo() {
		return this.photo;
	}

	long sequence() {
		return this.sequence;
	}

	Instant deadline() {
		return this.deadline;
	}

	boolean late() {
		return this.late;
	}

	boolean started() {
		return this.startedAt != null;
	}

	Instant startedAt() {
		return this.startedAt;
	}

	/**
	 * Its token went on a "please wait" reply: it goes behind the photos that can make
	 * theirs.
	 */
	void markLate() {
		this.late = true;
	}

	/**
	 * The guest asked for its result with a fresh token: it is worked on for that one.
	 */
	void answerBy(Instant newDeadline) {
		this.late = false;
		this.deadline = newDeadline;
	}

	String userId() {
		return (this.context != null) ? this.context.userId() : null;
	}

}
