package com.happinessscouter.reply.internal;

import java.util.List;
import java.util.Locale;

import com.happinessscouter.reply.Answerer;
import com.happinessscouter.reply.BotTexts;
import com.happinessscouter.submission.Submissions;
import com.happinessscouter.webhook.EventContext;
import com.happinessscouter.webhook.GuestQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a second: a held 結果を見る tap whose photos did not come in time is answered on its
 * own token with the results waiting and "still N ahead, about X s", with the button
 * again; one whose guest has no photo in progress any more (two results that finished
 * together each left it to the other) with the results waiting. Either unless the
 * instance that finished the last photo took the tap first.
 */
@Component
class TapWatch {

	private static final Logger log = LoggerFactory.getLogger(TapWatch.class);

	private final TapHolder holder;

	private final Submissions submissions;

	private final Answerer answerer;

	private final GuestQueue queue;

	private final BotTexts texts;

	TapWatch(TapHolder holder, Submissions submissions, Answerer answerer, GuestQueue queue, BotTexts texts) {
		this.holder = holder;
		this.submissions = submissions;
		this.answerer = answerer;
		this.queue = queue;
		this.texts = texts;
	}

	@Scheduled(initialDelay = 1000, fixedDelay = 1000)
	void check() {
		this.holder.due(this::settled).forEach((userId, tap) -> {
			try {
				this.submissions.takeHeldTap(userId).ifPresent(this::answer);
			}
			catch (RuntimeException ex) {
				log.warn("held tap of {} not answered: {}", tap.webhookEventId(), ex.toString());
			}
		});
	}

	/** No photo of the guest's is queued here or stored and still being worked on. */
	private boolean settled(String userId) {
		return this.queue.waitOf(userId).isEmpty() && this.submissions.inProgress(userId) == 0;
	}

	/** The results waiting, and where the photos still in progress stand (if any). */
	private void answer(EventContext tap) {
		Locale locale = this.answerer.locale(tap);
		Answerer.Waiting waiting = this.answerer.waiting(tap.userId());
		if (waiting.inProgress() == 0) {
			this.answerer.replyWithTakenToken(tap, List.of(this.texts
				.withShortcuts((waiting.pending() > 0) ? "bot.results.here" : "bot.results.none", locale)));
			return;
		}
		GuestQueue.Wait wait = this.queue.waitOf(tap.userId()).orElse(new GuestQueue.Wait(0, java.time.Duration.ZERO));
		long seconds = Math.max(1, Math.round(wait.expected().toMillis() / 1000.0));
		this.answerer.replyWithTakenToken(tap,
				List.of(this.texts.withResultsButton("bot.results.stillWaiting", locale, wait.ahead(), seconds)));
	}

}
