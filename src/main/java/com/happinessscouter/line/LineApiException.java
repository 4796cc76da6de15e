package com.happinessscouter.line;

/**
 * A LINE API call failed.
 *
 * @see #status()
 */
public class LineApiException extends RuntimeException {

	private final int status;

	LineApiException(int status, String message, Throwable cause) {
		super(message, cause);
		this.status = status;
	}

	/** The HTTP status, or 0 when no answer came (timeout, connection refused). */
	public int status() {
		return this.status;
	}

	/** Server errors, rate limits and missing answers may pass; other 4xx never will. */
	public boolean retryable() {
		return this.status == 0 || this.status >= 500;
	}

	/** 429: the channel's rate limit or its monthly message limit. */
	public boolean rateLimited() {
		return this.status == 429;
	}

	/** 429 with LINE's "You have reached your monthly limit." */
	public boolean monthlyLimitReached() {
		String message = getMessage();
		return this.status == 429 && message != null
				&& message.toLowerCase(java.util.Locale.ROOT).contains("monthly limit");
	}

	/** An invalid or expired reply token answers 400. */
	public boolean badRequest() {
		return this.status == 400;
	}

}
