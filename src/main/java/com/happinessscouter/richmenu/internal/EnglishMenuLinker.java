package com.happinessscouter.richmenu.internal;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.happinessscouter.line.Guest;
import com.happinessscouter.line.LineApiException;
import com.happinessscouter.line.LineMessenger;
import com.happinessscouter.line.LineRichMenus;
import com.happinessscouter.reply.BotTexts;
import com.happinessscouter.richmenu.RichMenus;
import com.happinessscouter.webhook.GuestEvent;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Links the English menu to a guest whose LINE speaks English, when they follow the bot
 * or at their first message this instance sees (friends from before the menu existed, and
 * after the menu was made anew). Everyone else keeps the Japanese default. Off the
 * webhook worker's thread, best effort: a failure is logged and tried at the guest's next
 * message.
 */
@Component
class EnglishMenuLinker {

	private static final Logger log = LoggerFactory.getLogger(EnglishMenuLinker.class);

	private static final int REMEMBERED = 50_000;

	private final RichMenus menus;

	private final LineRichMenus line;

	private final LineMessenger messenger;

	/** {@code menuId/userId} pairs linked (or found Japanese) by this instance. */
	private final Set<String> done = ConcurrentHashMap.newKeySet();

	private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(1_000), Thread.ofPlatform().name("rich-menu-link").daemon().factory(),
			new ThreadPoolExecutor.DiscardPolicy());

	EnglishMenuLinker(RichMenus menus, LineRichMenus line, LineMessenger messenger) {
		this.menus = menus;
		this.line = line;
		this.messenger = messenger;
	}

	@EventListener
	void on(GuestEvent event) {
		if (event instanceof GuestEvent.MessageUnsent || !event.context().senderKnown()) {
			return;
		}
		String userId = event.context().userId();
		this.worker.execute(() -> link(userId));
	}

	private void link(String userId) {
		try {
			this.menus.englishMenu().ifPresent((menuId) -> {
				if (this.done.contains(menuId + "/" + userId)) {
					return;
				}
				Guest guest = this.messenger.guest(userId);
				if (guest != null && BotTexts.forLanguage(guest.language()).getLanguage().equals("en")) {
					this.line.link(userId, menuId);
				}
				remember(menuId + "/" + userId);
			});
		}
		catch (LineApiException ex) {
			log.debug("English rich menu not linked to {}: {}", userId, ex.getMessage());
		}
	}

	private void remember(String key) {
		if (this.done.size() >= REMEMBERED) {
			this.done.clear();
		}
		this.done.add(key);
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

}
