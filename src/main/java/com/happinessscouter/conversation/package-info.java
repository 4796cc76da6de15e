/**
 * The conversation with a guest outside their photos: the one table of text commands
 * ({@link com.happinessscouter.conversation.GuestCommand}: help, ranking, hide / show me,
 * delete my data, table N) and what each does and answers, the welcome for a new friend,
 * and the kind answer to stickers, videos and other texts. Answers go out through the
 * reply module's {@link com.happinessscouter.reply.Answerer}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversation",
		allowedDependencies = { "album", "guests", "leaderboard", "reply", "tables", "webhook" })
package com.happinessscouter.conversation;
