package com.happinessscouter.webhook;

import com.happinessscouter.line.ContentSource;

/**
 * A guest's action, translated from LINE's webhook event. Published to the other modules
 * on a worker thread; a listener that throws makes the event wait and be handed over
 * again later, so listeners must be idempotent.
 */
public sealed interface GuestEvent {

	EventContext context();

	/** A photo. {@code imageSet} is set when several were sent at once. */
	record PhotoSent(EventContext context, ContentSource content, ImageSetRef imageSet) implements GuestEvent {

		public String messageId() {
			return this.content.messageId();
		}

	}

	/** A text message. */
	record TextSent(EventContext context, String text) implements GuestEvent {
	}

	/** The guest added the bot as a friend (or unblocked it). */
	record Followed(EventContext context) implements GuestEvent {
	}

	/** A video, audio, file, sticker or location: not something the bot can score. */
	record OtherMessageSent(EventContext context, String kind) implements GuestEvent {
	}

	/** The guest unsent a message: its content must become unusable. */
	record MessageUnsent(EventContext context, String messageId) implements GuestEvent {
	}

}
