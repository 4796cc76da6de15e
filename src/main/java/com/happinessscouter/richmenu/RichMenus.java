package com.happinessscouter.richmenu;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.happinessscouter.audit.AuditAction;
import com.happinessscouter.audit.AuditEntry;
import com.happinessscouter.audit.AuditLog;
import com.happinessscouter.line.LineRichMenus;
import com.happinessscouter.line.RichMenuSpec;
import com.happinessscouter.line.RichMenuSpec.Existing;
import com.happinessscouter.reply.BotLanguage;
import com.happinessscouter.reply.BotTexts;
import com.happinessscouter.richmenu.internal.MenuButton;
import com.happinessscouter.richmenu.internal.MenuLayout;
import com.happinessscouter.richmenu.internal.MenuPainter;

import org.springframework.stereotype.Service;

/**
 * The app's rich menus at LINE: a Japanese one, everyone's default, and an English one
 * for guests whose LINE speaks English. {@link #replace} makes both anew and deletes
 * every menu the app made before (found by the name prefix), so running it again never
 * piles menus up; the new default is set before the old menus go, so guests are never
 * without one.
 */
@Service
public class RichMenus {

	/** Every menu the app makes is named {@code happiness-scouter <language> <time>}. */
	static final String PREFIX = "happiness-scouter ";

	private static final Duration LOOKUP_AGE = Duration.ofMinutes(5);

	private static final List<Locale> LANGUAGES = List.of(Locale.JAPANESE, Locale.ENGLISH);

	private final LineRichMenus line;

	private final BotTexts texts;

	private final AuditLog audit;

	private final Clock clock;

	private volatile EnglishLookup english;

	private record EnglishLookup(Optional<String> id, Instant at) {
	}

	/**
	 * What {@link #replace} did.
	 *
	 * @param japanese the new default menu's id
	 * @param english the new English menu's id
	 * @param deleted the ids of the app's previous menus, now deleted
	 */
	public record Provisioned(String japanese, String english, List<String> deleted) {

		@Override
		public String toString() {
			return "Rich menu: ja " + this.japanese + " (default), en " + this.english + "; " + this.deleted.size()
					+ " previous deleted";
		}

	}

	RichMenus(LineRichMenus line, BotTexts texts, AuditLog audit, Clock clock) {
		this.line = line;
		this.texts = texts;
		this.audit = audit;
		this.clock = clock;
	}

	/** Makes both menus anew (audited as {@code who}) and deletes the previous ones. */
	public Provisioned replace(String who) {
		return this.audit.run(who, AuditAction.RICH_MENU_CREATE, "ja, en", this::replaceNow);
	}

	/** Makes the menus when the app has none at LINE yet (local runs); else nothing. */
	public Optional<Provisioned> ensure(String who) {
		return current().isEmpty() ? Optional.of(replace(who)) : Optional.empty();
	}

	/** The app's menus at LINE now, by name (language, then when made). */
	public List<Existing> current() {
		return this.line.list()
			.stream()
			.filter((menu) -> menu.name() != null && menu.name().startsWith(PREFIX))
			.sorted(Comparator.comparing(Existing::name))
			.toList();
	}

	/** The menus' making, newest first. */
	public List<AuditEntry> audit(int limit) {
		return this.audit.latest(limit, AuditAction.RICH_MENU_CREATE);
	}

	/** The menu's image in this language (PNG), as LINE gets it. */
	public byte[] image(Locale locale) {
		BotLanguage language = this.texts.language(locale);
		return MenuPainter.png(buttons(), (button) -> language.text(button.labelKey()));
	}

	/**
	 * The English menu's id, looked up at LINE at most every five minutes (another
	 * instance may have replaced it).
	 */
	public Optional<String> englishMenu() {
		EnglishLookup known = this.english;
		Instant now = this.clock.instant();
		if (known == null || known.at().plus(LOOKUP_AGE).isBefore(now)) {
			known = new EnglishLookup(current().stream()
				.filter((menu) -> menu.name().startsWith(PREFIX + "en "))
				.reduce((older, newer) -> newer)
				.map(Existing::id), now);
			this.english = known;
		}
		return known.id();
	}

	private Provisioned replaceNow() {
		List<Existing> previous = current();
		List<String> made = new ArrayList<>();
		for (Locale locale : LANGUAGES) {
			made.add(this.line.create(spec(locale), image(locale)));
		}
		this.line.makeDefault(made.getFirst());
		List<String> deleted = previous.stream().map(Existing::id).toList();
		deleted.forEach(this.line::delete);
		this.english = new EnglishLookup(Optional.of(made.get(1)), this.clock.instant());
		return new Provisioned(made.get(0), made.get(1), deleted);
	}

	RichMenuSpec spec(Locale locale) {
		BotLanguage language = this.texts.language(locale);
		List<MenuButton> buttons = buttons();
		List<MenuLayout.Cell> cells = MenuLayout.cells(buttons.size());
		List<RichMenuSpec.Area> areas = new ArrayList<>();
		for (int i = 0; i < buttons.size(); i++) {
			MenuLayout.Cell cell = cells.get(i);
			areas.add(new RichMenuSpec.Area(cell.x(), cell.y(), cell.width(), cell.height(),
					language.text(buttons.get(i).labelKey()), language.text(buttons.get(i).textKey())));
		}
		String name = PREFIX + locale.getLanguage() + " " + this.clock.instant();
		return new RichMenuSpec(MenuLayout.WIDTH, MenuLayout.height(buttons.size()), name,
				language.text("bot.richmenu.chatBar"), areas);
	}

	private static List<MenuButton> buttons() {
		return Arrays.asList(MenuButton.values());
	}

}
