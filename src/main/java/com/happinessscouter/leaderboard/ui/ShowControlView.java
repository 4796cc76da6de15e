package com.happinessscouter.leaderboard.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.leaderboard.Leaderboard;
import com.happinessscouter.leaderboard.ReceptionShow;
import com.happinessscouter.leaderboard.Reveal;
import com.happinessscouter.leaderboard.ShowMode;
import com.happinessscouter.leaderboard.ShowState;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The hosts' show desk: what every big screen of the open event shows (ranking, photo
 * wall, both by turns), and after the countdown the final reveal (host-paced or timed),
 * the printable top list and the top three's certificates.
 */
@Route("board/show")
@Menu(order = 24, title = "show.menu")
@RolesAllowed({ "ADMIN", "HOST" })
public class ShowControlView extends VerticalLayout implements HasDynamicTitle {

	private final ReceptionShow show;

	private final Leaderboard leaderboard;

	private final Events events;

	private final Clock clock;

	private final AuthenticationContext authentication;

	private final RadioButtonGroup<ShowMode> mode = new RadioButtonGroup<>();

	private final RadioButtonGroup<Boolean> pacing = new RadioButtonGroup<>();

	private final Span status = new Span();

	private final Button reveal = new Button();

	private final Button next = new Button();

	private final Button end = new Button();

	private final HorizontalLayout prints = new HorizontalLayout();

	private WeddingEvent event;

	private String printsShown = "";

	public ShowControlView(ReceptionShow show, Leaderboard leaderboard, Events events, Clock clock,
			AuthenticationContext authentication) {
		this.show = show;
		this.leaderboard = leaderboard;
		this.events = events;
		this.clock = clock;
		this.authentication = authentication;
		this.mode.setId("show-mode");
		this.mode.setLabel(getTranslation("show.mode"));
		this.mode.setItems(ShowMode.values());
		this.mode.setItemLabelGenerator((item) -> getTranslation("show.mode." + item.name()));
		this.mode.addValueChangeListener((change) -> {
			if (change.isFromClient() && change.getValue() != null && this.event != null) {
				this.show.switchMode(this.event.id(), change.getValue(), who());
			}
		});
		this.pacing.setId("show-pacing");
		this.pacing.setLabel(getTranslation("show.pacing"));
		this.pacing.setItems(false, true);
		this.pacing.setItemLabelGenerator((timed) -> getTranslation(timed ? "show.pacing.timed" : "show.pacing.host",
				show.properties().show().revealStep().toSeconds()));
		this.pacing.setValue(false);
		this.status.setId("show-reveal-status");
		button(this.reveal, "show-reveal", "show.reveal",
				() -> this.show.reveal(this.event, this.pacing.getValue(), who()));
		button(this.next, "show-next", "show.next", () -> this.show.next(this.event.id()));
		button(this.end, "show-end", "show.end", () -> this.show.endReveal(this.event.id(), who()));
		this.reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.prints.setId("show-prints");
		add(new H2(getTranslation("show.title")), this.mode, new H3(getTranslation("show.reveal.heading")), this.status,
				this.pacing, new HorizontalLayout(this.reveal, this.next, this.end), this.prints);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("show.title");
	}

	@Override
	protected void onAttach(AttachEvent attach) {
		refresh();
		attach.getUI().setPollInterval(1000);
		attach.getUI().addPollListener((poll) -> refresh());
	}

	private void button(Button button, String id, String key, Runnable action) {
		button.setText(getTranslation(key));
		button.setId(id);
		button.addClickListener((click) -> {
			if (this.event != null) {
				action.run();
				refresh();
			}
		});
	}

	private void refresh() {
		this.event = this.events.current().flatMap((current) -> this.events.find(current.id())).orElse(null);
		if (this.event == null) {
			this.status.setText(getTranslation("board.no-event"));
			List.of(this.reveal, this.next, this.end).forEach((button) -> button.setEnabled(false));
			this.mode.setEnabled(false);
			return;
		}
		ShowState state = this.show.state(this.event.id());
		this.mode.setEnabled(true);
		if (state.mode() != this.mode.getValue()) {
			this.mode.setValue(state.mode());
		}
		Instant now = this.clock.instant();
		boolean over = this.event.frozen(now);
		Reveal on = state.revealOf(this.event, now);
		int ranked = Math.min(this.show.places(), this.leaderboard.top(this.event.id(), this.show.places()).size());
		int out = (on != null) ? this.show.revealed(on, ranked) : 0;
		this.status.setText(!over ? getTranslation("show.status.not-over") : (on == null)
				? getTranslation("show.status.ready", ranked) : getTranslation("show.status.revealed", out, ranked));
		this.reveal.setEnabled(over && on == null);
		this.pacing.setEnabled(over && on == null);
		this.next.setEnabled(on != null && !on.timed() && out < ranked);
		this.end.setEnabled(on != null);
		showPrints(over);
	}

	private void showPrints(boolean over) {
		String shown = over ? this.event.id() : "";
		if (shown.equals(this.printsShown)) {
			return;
		}
		this.printsShown = shown;
		this.prints.removeAll();
		if (!over) {
			return;
		}
		String query = "?event=" + this.event.id();
		Anchor list = new Anchor("board/results" + query, getTranslation("show.print.list"));
		list.setId("show-print-list");
		list.setTarget("_blank");
		this.prints.add(list);
		for (int place = 1; place <= 3; place++) {
			Anchor certificate = new Anchor("board/certificate" + query + "&place=" + place,
					getTranslation("show.print.certificate", place));
			certificate.setId("show-certificate-" + place);
			certificate.setTarget("_blank");
			this.prints.add(certificate);
		}
	}

	private String who() {
		return this.authentication.getPrincipalName().orElse("?");
	}

}
