package com.happinessscouter.line;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.MessageQuotaResponse;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.QuotaConsumptionResponse;
import com.linecorp.bot.messaging.model.QuotaType;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import com.linecorp.bot.messaging.model.ShowLoadingAnimationRequest;
import com.linecorp.bot.messaging.model.UserProfileResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Sends to guests through the Messaging API. Replies are free; pushes count against the
 * month's quota and carry a retry key so a retried push is never delivered twice.
 */
@Component
public class LineMessenger {

	/** LINE accepts at most five messages per reply or push. */
	public static final int MAX_MESSAGES = 5;

	private static final Logger log = LoggerFactory.getLogger(LineMessenger.class);

	private final MessagingApiClient client;

	private final LineCalls calls;

	private final GuestCache guests;

	LineMessenger(MessagingApiClient client, LineCalls calls) {
		this.client = client;
		this.calls = calls;
		this.guests = new GuestCache(Duration.ofHours(1), 10_000);
	}

	public void reply(String replyToken, List<Message> messages) {
		this.calls.call("reply",
				() -> this.client.replyMessage(new ReplyMessageRequest(replyToken, limit(messages), false)));
	}

	/**
	 * @param retryKey the same key for every retry of one logical push (LINE answers 409
	 * to a duplicate within 24 h, which counts as delivered)
	 */
	public void push(String to, List<Message> messages, UUID retryKey) {
		try {
			this.calls.call("push",
					() -> this.client.pushMessage(retryKey, new PushMessageRequest(to, limit(messages), false, null)));
		}
		catch (LineApiException ex) {
			if (ex.status() != 409) {
				throw ex;
			}
			log.info("push {} was already accepted (409): not sent again", retryKey);
		}
	}

	/**
	 * Shows the typing indicator in a one-on-one chat; failures are logged, never thrown.
	 */
	public void showLoading(String userId, int seconds) {
		try {
			this.calls.call("loading",
					() -> this.client.showLoadingAnimation(new ShowLoadingAnimationRequest(userId, seconds)));
		}
		catch (LineApiException ex) {
			log.debug("loading animation not shown: {}", ex.getMessage());
		}
	}

	/** This month's message quota and what the channel has used of it. */
	public MessageQuota quota() {
		MessageQuotaResponse quota = this.calls.call("quota", this.client::getMessageQuota);
		QuotaConsumptionResponse used = this.calls.call("quota consumption", this.client::getMessageQuotaConsumption);
		boolean limited = quota.type() == QuotaType.LIMITED;
		return new MessageQuota(limited, limited ? quota.value() : null,
				(used.totalUsage() != null) ? used.totalUsage() : 0);
	}

	/**
	 * The guest's profile, cached for an hour; {@link Guest#unknown} when LINE cannot
	 * tell.
	 */
	public Guest guest(String userId) {
		return this.guests.get(userId, () -> fetchGuest(userId));
	}

	private Guest fetchGuest(String userId) {
		try {
			UserProfileResponse profile = this.calls.call("profile", () -> this.client.getProfile(userId));
			return new Guest(userId, profile.displayName(), profile.language());
		}
		catch (LineApiException ex) {
			log.debug("profile of {} not available: {}", userId, ex.getMessage());
			return null;
		}
	}

	private static List<Message> limit(List<Message> messages) {
		if (messages.isEmpty() || messages.size() > MAX_MESSAGES) {
			throw new IllegalArgumentException("1 to " + MAX_MESSAGES + " messages, not " + messages.size());
		}
		return messages;
	}

}
