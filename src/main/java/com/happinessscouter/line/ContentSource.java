package com.happinessscouter.line;

import java.net.URI;

/**
 * Where a message's content is: on LINE's servers, or at an external URL the sender
 * provided.
 *
 * @param messageId the LINE message id
 * @param externalUrl the {@code originalContentUrl} for external content, else
 * {@code null}
 */
public record ContentSource(String messageId, URI externalUrl) {

	public static ContentSource line(String messageId) {
		return new ContentSource(messageId, null);
	}

	public boolean external() {
		return this.externalUrl != null;
	}

}
