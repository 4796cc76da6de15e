/**
 * The bot's LINE rich menu: the buttons (one declared list, each sending a
 * {@link com.happinessscouter.conversation.GuestCommand} text), their image drawn by the
 * app in Japanese and English, creating them at LINE on {@code --provision} or from the
 * console (replacing the app's previous menus), the Japanese one as everyone's default
 * and the English one linked to guests whose LINE speaks English.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rich menu",
		allowedDependencies = { "audit", "aws", "conversation", "line", "reply", "webhook" })
package com.happinessscouter.richmenu;
