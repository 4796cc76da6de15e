package com.happinessscouter.webhook.inbox;

import java.time.Instant;

import com.happinessscouter.line.ContentSource;
import com.happinessscouter.webhook.ChatType;
import com.happinessscouter.webhook.EventContext;
import com.happinessscouter.webhook.GuestEvent;
import com.happinessscouter.webhook.ImageSetRef;
import com.linecorp.bot.webhook.model.ContentProvider;
import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.EventMode;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.GroupSource;
import com.linecorp.bot.webhook.model.ImageMessageContent;
import com.linecorp.bot.webhook.model.ImageSet;
import com.linecorp.bot.webhook.model.MessageContent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.ReplyEvent;
import com.linecorp.bot.webhook.model.RoomSource;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnknownMessageContent;
import com.linecorp.bot.webhook.model.UnsendEvent;
import com.linecorp.bot.webhook.model.UserSource;

/**
 * Turns LINE's event model into {@link GuestEvent}s. Returns {@code null} for what the
 * bot does not act on: standby mode (another channel answers), unknown or unhandled event
 * types, and events without a usable source.
 */
final class EventTranslator {

	GuestEvent translate(Event event) {
		if (event.mode() == EventMode.STANDBY) {
			return null;
		}
		EventContext context = context(event);
		if (context == null) {
			return null;
		}
		return switch (event) {
			case MessageEvent message -> message(context, message.message());
			case FollowEvent follow -> new GuestEvent.Followed(context);
			case UnsendEvent unsend -> new GuestEvent.MessageUnsent(context, unsend.unsend().messageId());
			default -> null;
		};
	}

	private GuestEvent message(EventContext context, MessageContent content) {
		return switch (content) {
			case ImageMessageContent image ->
				new GuestEvent.PhotoSent(context, source(image), imageSet(image.imageSet()));
			case TextMessageContent text -> new GuestEvent.TextSent(context, text.text());
			case UnknownMessageContent unknown -> null;
			default -> new GuestEvent.OtherMessageSent(context, kind(content));
		};
	}

	private static ContentSource source(ImageMessageContent image) {
		ContentProvider provider = image.contentProvider();
		if (provider != null && provider.type() == ContentProvider.Type.EXTERNAL) {
			return new ContentSource(image.id(), provider.originalContentUrl());
		}
		return ContentSource.line(image.id());
	}

	private static ImageSetRef imageSet(ImageSet set) {
		if (set == null || set.id() == null || set.total() == null || set.total() < 2) {
			return null;
		}
		return new ImageSetRef(set.id(), set.index(), set.total());
	}

	private static String kind(MessageContent content) {
		String name = content.getClass().getSimpleName();
		return name.replace("MessageContent", "").toLowerCase(java.util.Locale.ROOT);
	}

	private static EventContext context(Event event) {
		String replyToken = (event instanceof ReplyEvent reply) ? reply.replyToken() : null;
		Instant at = Instant.ofEpochMilli(event.timestamp() == null ? 0 : event.timestamp());
		return switch (event.source()) {
			case UserSource user when user.userId() != null ->
				new EventContext(event.webhookEventId(), user.userId(), ChatType.USER, user.userId(), replyToken, at);
			case GroupSource group -> new EventContext(event.webhookEventId(), orElse(group.userId(), group.groupId()),
					ChatType.GROUP, group.groupId(), replyToken, at);
			case RoomSource room -> new EventContext(event.webhookEventId(), orElse(room.userId(), room.roomId()),
					ChatType.ROOM, room.roomId(), replyToken, at);
			case null, default -> null;
		};
	}

	private static String orElse(String value, String fallback) {
		return (value != null) ? value : fallback;
	}

}
