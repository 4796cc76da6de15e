package com.happinessscouter.reply.internal;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.happinessscouter.reply.Answerer;
import com.happinessscouter.reply.BotTexts;
import com.happinessscouter.webhook.ReplyTokenLate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Spends a late photo's reply token at once on a short free reply: how many are ahead,
 * about how long, and the 結果を見る button (with any results already waiting for the guest).
 * Sent on two threads of its own, not on the busy workers.
 */
@Component
class LateNotices implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LateNotices.class);

	private final Answerer answerer;

	private final BotTexts texts;

	private final ExecutorService senders = Executors.newFixedThreadPool(2,
			Thread.ofPlatform().name("late-notice-", 0).daemon().factory());

	LateNotices(Answerer answerer, BotTexts texts) {
		this.answerer = answerer;
		this.texts = texts;
	}

	@EventListener
	void on(ReplyTokenLate late) {
		this.senders.execute(() -> {
			try {
				Locale locale = this.answerer.locale(late.context());
				long seconds = Math.max(1, Math.round(late.expected().toMillis() / 1000.0));
				this.answerer.replyWithTakenToken(late.context(),
						List.of(this.texts.withResultsButton("bot.late.wait", locale, late.ahead(), seconds)));
			}
			catch (RuntimeException ex) {
				log.warn("please-wait reply to {} not sent: {}", late.context().webhookEventId(), ex.toString());
			}
		});
	}

	@Override
	public void destroy() {
		this.senders.shutdownNow();
	}

}
