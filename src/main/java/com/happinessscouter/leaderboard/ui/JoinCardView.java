package com.happinessscouter.leaderboard.ui;

import java.util.Locale;
import java.util.Optional;

import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.line.LineProperties;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A printable table card (A5): the QR code that adds the bot as a friend and how to play,
 * in Japanese and English on the same card (the guests are mixed).
 */
@Route(value = "board/card", autoLayout = false)
@RolesAllowed({ "ADMIN", "HOST" })
public class JoinCardView extends Div implements HasDynamicTitle {

	private static final String[] STEPS = { "card.step.add", "card.step.send", "card.step.rank", "card.step.hide" };

	public JoinCardView(LineProperties line, Events events) {
		addClassName("join-card");
		setId("join-card");
		add(new H1(text(Locale.JAPANESE, "card.title")));
		add(line(Locale.ENGLISH, "card.title"));
		Optional<WeddingEvent> event = events.current();
		event.ifPresent((current) -> {
			Div name = new Div(current.name() + (current.couple().isBlank() ? "" : " · " + current.couple()));
			name.addClassName("join-event");
			add(name);
		});
		Optional<String> url = line.joinUrl();
		if (url.isPresent()) {
			Div qr = new Div(QrImages.of(url.get(), text(Locale.ENGLISH, "card.qr")));
			qr.addClassName("join-qr");
			qr.setId("join-qr");
			add(qr);
		}
		else {
			Div missing = new Div(getTranslation("card.missing"));
			missing.addClassName("join-missing");
			missing.setId("join-missing");
			add(missing);
		}
		OrderedList steps = new OrderedList();
		for (String step : STEPS) {
			ListItem item = new ListItem(text(Locale.JAPANESE, step));
			item.add(new Div(line(Locale.ENGLISH, step)));
			steps.add(item);
		}
		add(steps);
		Button print = new Button(getTranslation("card.print"), (click) -> getElement().executeJs("window.print()"));
		Div actions = new Div(print);
		actions.addClassName("join-card-actions");
		add(actions);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("card.page-title");
	}

	private String text(Locale locale, String key) {
		return getTranslation(locale, key);
	}

	private Span line(Locale locale, String key) {
		Span english = new Span(text(locale, key));
		english.addClassName("join-en");
		return english;
	}

}
