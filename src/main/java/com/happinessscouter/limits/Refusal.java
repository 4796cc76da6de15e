package com.happinessscouter.limits;

/**
 * Why a guest's photo was not taken in, with what the guest should hear.
 *
 * @param kind which limit
 * @param limit its value
 * @param waitSeconds for {@link Kind#RATE}: about how long until the guest may send again
 */
public record Refusal(Kind kind, long limit, long waitSeconds) {

	/** The limits a photo can hit, in the order they are checked. */
	public enum Kind {

		/** The guest's photos in this event. */
		EVENT_QUOTA,
		/** The guest's photos in this minute. */
		RATE,
		/** The month's analyses (everyone). */
		BUDGET

	}

	/** The bot text ({@code i18n/bot*.properties}) telling the guest. */
	public String textKey() {
		return switch (this.kind) {
			case EVENT_QUOTA -> "bot.limit.event";
			case RATE -> "bot.limit.rate";
			case BUDGET -> "bot.busy";
		};
	}

	/** The text's arguments: the limit, then the wait in seconds. */
	public Object[] textArguments() {
		return new Object[] { this.limit, this.waitSeconds };
	}

	/** For the logs. */
	public String reason() {
		return "limit " + this.kind + " " + this.limit;
	}

}
