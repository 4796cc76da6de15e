package com.happinessscouter.leaderboard.ui;

import java.util.List;

import com.happinessscouter.console.ConsoleTime;
import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.leaderboard.Leaderboard;
import com.happinessscouter.leaderboard.Standing;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A printable A4 certificate for one of the top three ({@code ?place=1..3}, and
 * {@code ?event=id}, else the open event): the place, the guest's photo (when the screen
 * may show it), name and power, the event and the date.
 */
@Route(value = "board/certificate", autoLayout = false)
@RolesAllowed({ "ADMIN", "HOST" })
@StyleSheet("styles/show.css")
public class CertificateView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final Leaderboard leaderboard;

	private final Events events;

	private final ConsoleTime time;

	public CertificateView(Leaderboard leaderboard, Events events, ConsoleTime time) {
		this.leaderboard = leaderboard;
		this.events = events;
		this.time = time;
		addClassNames("print-page", "certificate");
		setId("certificate");
	}

	@Override
	public String getPageTitle() {
		return getTranslation("certificate.page-title");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent enter) {
		removeAll();
		int place = Math.max(1, Math.min(3, ShownEvent.number(enter, "place", 1)));
		WeddingEvent event = ShownEvent.of(enter, this.events).orElse(null);
		List<Standing> top = (event != null) ? this.leaderboard.results(event.id(), 3) : List.of();
		if (top.size() < place) {
			add(new H1(getTranslation("certificate.none", place)));
			return;
		}
		Standing standing = top.get(place - 1);
		BoardTexts texts = new BoardTexts(this.leaderboard, this);
		add(line("certificate-title", getTranslation("certificate.title")),
				line("certificate-place", getTranslation("certificate.place." + place)));
		Image photo = texts.photo(standing.photoS3Key());
		if (photo != null) {
			photo.addClassName("certificate-photo");
			add(photo);
		}
		add(line("certificate-name", texts.name(standing)),
				line("certificate-power", getTranslation("certificate.power", texts.power(standing.power()))),
				line("certificate-text", getTranslation("certificate.text")),
				line("certificate-event", event.name() + (event.couple().isBlank() ? "" : " · " + event.couple())),
				line("certificate-date", ResultsPrintView.date(getLocale(), this.time, event)), PrintActions.of(this));
		getElement().setAttribute("data-place", Integer.toString(place));
	}

	private static Div line(String id, String text) {
		Div line = new Div(text);
		line.addClassName(id);
		line.setId(id);
		return line;
	}

}
