package com.happinessscouter.webhook.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.happinessscouter.webhook.EventContext;
import com.happinessscouter.webhook.GuestEvent;
import com.happinessscouter.webhook.GuestQueue;
import com.happinessscouter.webhook.ReplyTokenLate;
import com.happinessscouter.webhook.ReplyTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Works off claimed events on a bounded pool: at most {@code capacity} in memory, never
 * an unbounded queue. Whatever does not fit waits in the table for the sweeper. Events
 * are taken earliest reply-token deadline first ({@link DeadlineQueue}); once a second
 * the photos whose answer would miss its token get a short "please wait" reply instead
 * ({@link ReplyTokenLate}).
 */
@Component
public class InboxWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(InboxWorker.class);

	private final EventInbox inbox;

	private final EventCodec codec;

	private final ApplicationEventPublisher publisher;

	private final InboxProperties properties;

	private final Clock clock;

	private final Semaphore slots;

	private final ThreadPoolExecutor pool;

	private final ObservationRegistry observations;

	private final DeadlineQueue deadlines;

	private final ReplyTokens tokens;

	private final Duration replyTokenMaxAge;

	InboxWorker(EventInbox inbox, EventCodec codec, ApplicationEventPublisher publisher, InboxProperties properties,
			Clock clock, MeterRegistry meters, ObservationRegistry observations, ReplyTokens tokens,
			@Value("${app.reply.reply-token-max-age}") Duration replyTokenMaxAge) {
		this.observations = observations;
		this.tokens = tokens;
		this.replyTokenMaxAge = replyTokenMaxAge;
		this.deadlines = new DeadlineQueue(properties.workers(), clock);
		this.inbox = inbox;
		this.codec = codec;
		this.publisher = publisher;
		this.properties = properties;
		this.clock = clock;
		this.slots = new Semaphore(properties.capacity());
		this.pool = new ThreadPoolExecutor(properties.workers(), properties.workers(), 0, TimeUnit.SECONDS,
				this.deadlines.queue(), Thread.ofPlatform().name("guest-event-", 1).daemon(false).factory());
		// started now, not by the first acknowledgements
		this.pool.prestartAllCoreThreads();
		meters.gauge("app.work.queue.depth", this.pool, (p) -> p.getQueue().size() + p.getActiveCount());
	}

	/**
	 * Reserves room for one event; the caller must {@link #submit} or {@link #release}.
	 */
	public boolean tryReserve() {
		return this.slots.tryAcquire();
	}

	public void release() {
		this.slots.release();
	}

	public int available() {
		return this.slots.availablePermits();
	}

	/**
	 * Runs a claimed event in the background (a reserved slot is released when it ends).
	 */
	public void submit(InboxEntry entry) {
		submit(entry, readOrNull(entry));
	}

	/**
	 * The same, for an event the caller has already decoded (the webhook's
	 * acknowledgement does not decode it twice; neither does the worker).
	 */
	void submit(InboxEntry entry, GuestEvent event) {
		EventContext context = (event != null) ? event.context() : null;
		boolean photo = event instanceof GuestEvent.PhotoSent;
		Instant deadline = (context != null && context.replyToken() != null)
				? context.replyDeadline(this.replyTokenMaxAge) : null;
		QueuedEvent queued = this.deadlines.add(context, photo, deadline, () -> {
			try {
				process(entry, event);
			}
			finally {
				this.slots.release();
			}
		});
		this.deadlines.lateOnArrival(queued, this.properties.lateNoticeMargin(), this::takeToken).ifPresent(this::tell);
		this.pool.execute(queued);
	}

	private boolean takeToken(QueuedEvent event) {
		return this.tokens.take(event.context().webhookEventId());
	}

	private void tell(DeadlineQueue.Late late) {
		this.publisher.publishEvent(new ReplyTokenLate(late.event().context(), late.ahead(), late.expected()));
	}

	private GuestEvent readOrNull(InboxEntry entry) {
		try {
			return (entry.payload() != null) ? this.codec.decode(entry.payload()) : null;
		}
		catch (RuntimeException unreadable) {
			return null; // its worker records why
		}
	}

	/**
	 * The photos that will miss their reply token and whose token is unused: each token
	 * is taken for a "please wait" reply, announced as {@link ReplyTokenLate}.
	 */
	void checkDeadlines() {
		this.tokens.forgetOld();
		this.deadlines.late(this.properties.lateNoticeMargin(), this::takeToken).forEach(this::tell);
	}

	/** See {@link com.happinessscouter.webhook.GuestQueue#waitOf}. */
	public Optional<GuestQueue.Wait> waitOf(String userId) {
		return this.deadlines.waitOf(userId);
	}

	/** See {@link com.happinessscouter.webhook.GuestQueue#expedite}. */
	public void expedite(String userId, Instant deadline) {
		this.deadlines.expedite(userId, deadline);
	}

	Duration lease() {
		return this.properties.lease();
	}

	/** One trace per event: its S3, analyzer, DynamoDB and LINE calls are its spans. */
	private void process(InboxEntry entry, GuestEvent decoded) {
		Observation.createNotStarted("app.span.event", this.observations)
			.contextualName("webhook event")
			.highCardinalityKeyValue("webhook.event.id", entry.eventId())
			.observe(() -> {
				try {
					if (entry.payload() == null) {
						// the guest had their data deleted before it was worked off
						this.inbox.complete(entry.eventId(), InboxState.ERASED);
						return;
					}
					GuestEvent event = (decoded != null) ? decoded : this.codec.decode(entry.payload());
					if (event != null) {
						this.publisher.publishEvent(event);
					}
					this.inbox.complete(entry.eventId(), event != null ? InboxState.DONE : InboxState.IGNORED);
				}
				catch (RuntimeException ex) {
					retryLater(entry, ex);
				}
			});
	}

	private void retryLater(InboxEntry entry, RuntimeException ex) {
		Instant now = this.clock.instant();
		int attempts = entry.attempts() + 1;
		if (Duration.between(entry.receivedAt(), now).compareTo(this.properties.giveUpAfter()) > 0) {
			log.error("event {} abandoned after {} attempts: {}", entry.eventId(), attempts, ex.toString());
			this.inbox.complete(entry.eventId(), InboxState.ABANDONED);
			return;
		}
		Duration backoff = Duration.ofSeconds(Math.min(60, 1L << Math.min(attempts, 6)));
		log.warn("event {} failed (attempt {}), again in {}s: {}", entry.eventId(), attempts, backoff.toSeconds(),
				ex.toString());
		try {
			this.inbox.retryAt(entry.eventId(), attempts, String.valueOf(ex.getMessage()), now.plus(backoff));
		}
		catch (RuntimeException storeDown) {
			log.warn("event {} stays leased until its lease ends: {}", entry.eventId(), storeDown.toString());
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.pool.shutdown();
		if (!this.pool.awaitTermination(10, TimeUnit.SECONDS)) {
			this.pool.shutdownNow();
		}
	}

}
