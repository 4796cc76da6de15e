package com.happinessscouter.leaderboard.ui;

import java.util.Locale;
import java.util.Optional;

import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.line.LineProperties;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Printable table cards, one per table of the event ({@code ?event=id}, else the open
 * one): the table's name and a QR code that opens LINE with {@code テーブル N} (or
 * {@code table N}, in the page's language) typed in for the bot, so a guest joins their
 * table with one tap; how it works in Japanese and English.
 */
@Route(value = "board/tables", autoLayout = false)
@RolesAllowed({ "ADMIN", "HOST" })
@StyleSheet("styles/show.css")
public class TableCardsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final Events events;

	private final LineProperties line;

	public TableCardsView(Events events, LineProperties line) {
		this.events = events;
		this.line = line;
		addClassName("table-cards");
		setId("table-cards");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent enter) {
		removeAll();
		add(PrintActions.of(this));
		Optional<WeddingEvent> event = ShownEvent.of(enter, this.events);
		if (event.isEmpty() || !event.get().hasTables()) {
			add(notice(getTranslation("tables.cards.none")));
			return;
		}
		if (this.line.messageUrl("").isEmpty()) {
			add(notice(getTranslation("tables.cards.missing")));
			return;
		}
		for (String table : event.get().tables()) {
			add(card(event.get(), table));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("tables.cards.page-title");
	}

	private Div card(WeddingEvent event, String table) {
		String message = getTranslation("tables.cards.message", table);
		Div name = new Div(getTranslation(Locale.JAPANESE, "board.tables.name", table));
		name.addClassName("table-card-name");
		Div english = new Div(getTranslation(Locale.ENGLISH, "board.tables.name", table));
		english.addClassName("table-card-en");
		Div qr = new Div(
				QrImages.of(this.line.messageUrl(message).orElseThrow(), getTranslation("tables.cards.qr", table)));
		qr.addClassName("table-card-qr");
		Div how = new Div(new Div(getTranslation(Locale.JAPANESE, "tables.cards.how")),
				new Div(getTranslation(Locale.ENGLISH, "tables.cards.how")));
		how.addClassName("table-card-how");
		Div party = new Div(event.name());
		party.addClassName("table-card-event");
		Div card = new Div(party, name, english, qr, how);
		card.addClassName("table-card");
		card.getElement().setAttribute("data-table", table);
		card.getElement().setAttribute("data-message", message);
		return card;
	}

	private static Div notice(String text) {
		Div notice = new Div(text);
		notice.addClassName("table-cards-notice");
		notice.setId("table-cards-notice");
		return notice;
	}

}
