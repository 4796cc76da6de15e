package com.happinessscouter.leaderboard.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.happinessscouter.console.ConsoleTime;
import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.leaderboard.Leaderboard;
import com.happinessscouter.leaderboard.ReceptionShow;
import com.happinessscouter.leaderboard.Standing;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The final top list for the gift table, on A4 paper: place, name (guests kept off the
 * screen too: the gift table must find them), power and a box to tick when the gift is
 * handed over. {@code ?event=id}, else the open event.
 */
@Route(value = "board/results", autoLayout = false)
@RolesAllowed({ "ADMIN", "HOST" })
@StyleSheet("styles/show.css")
public class ResultsPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final Leaderboard leaderboard;

	private final ReceptionShow show;

	private final Events events;

	private final ConsoleTime time;

	public ResultsPrintView(Leaderboard leaderboard, ReceptionShow show, Events events, ConsoleTime time) {
		this.leaderboard = leaderboard;
		this.show = show;
		this.events = events;
		this.time = time;
		addClassNames("print-page", "results-print");
		setId("results-print");
	}

	@Override
	public String getPageTitle() {
		return getTranslation("results.page-title");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent enter) {
		removeAll();
		WeddingEvent event = ShownEvent.of(enter, this.events).orElse(null);
		if (event == null) {
			add(new H1(getTranslation("board.no-event")));
			return;
		}
		add(new H1(getTranslation("results.title", event.name())));
		Div when = new Div(event.couple() + " · " + date(getLocale(), this.time, event));
		when.addClassName("print-subtitle");
		add(when, table(this.leaderboard.results(event.id(), this.show.places())), PrintActions.of(this));
	}

	private NativeTable table(List<Standing> standings) {
		BoardTexts texts = new BoardTexts(this.leaderboard, this);
		NativeTableRow head = new NativeTableRow();
		for (String key : List.of("results.place", "results.name", "results.power", "results.handed")) {
			head.add(new NativeTableHeaderCell(getTranslation(key)));
		}
		NativeTableBody body = new NativeTableBody();
		for (Standing standing : standings) {
			NativeTableRow row = new NativeTableRow(new NativeTableCell(getTranslation("board.place", standing.rank())),
					new NativeTableCell(texts.name(standing)), new NativeTableCell(texts.power(standing.power())),
					new NativeTableCell("☐"));
			row.getElement().setAttribute("data-rank", Integer.toString(standing.rank()));
			body.add(row);
		}
		NativeTable table = new NativeTable(new NativeTableHeader(head), body);
		table.setId("results-table");
		return table;
	}

	/** The day of the results: the end of the countdown, else today. */
	static String date(Locale locale, ConsoleTime time, WeddingEvent event) {
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.withZone(time.zone());
		return format.format((event.countdownEndsAt() != null) ? event.countdownEndsAt() : time.now());
	}

}
