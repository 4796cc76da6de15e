package com.happinessscouter.events.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.happinessscouter.console.ConsoleTime;
import com.happinessscouter.events.EventTables;
import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * Events: admins create and change them; hosts run the countdown of the selected event
 * and open the big screen, the moderation queue and the table card.
 */
@Route("events")
@Menu(order = 20, title = "events.menu")
@RolesAllowed({ "ADMIN", "HOST" })
public class EventsView extends VerticalLayout implements HasDynamicTitle {

	private static final List<Duration> COUNTDOWNS = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30),
			Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(3), Duration.ofMinutes(5),
			Duration.ofMinutes(10));

	private final Events events;

	private final AuthenticationContext authentication;

	private final ConsoleTime time;

	private final ZoneId zone;

	private final Grid<WeddingEvent> grid = new Grid<>();

	private final TextField name = new TextField();

	private final TextField couple = new TextField();

	private final DateTimePicker startsAt = new DateTimePicker();

	private final DateTimePicker endsAt = new DateTimePicker();

	private final TextField tables = new TextField();

	private final Checkbox active = new Checkbox();

	private final Checkbox preModeration = new Checkbox();

	private final Span state = new Span();

	private WeddingEvent selected;

	public EventsView(Events events, AuthenticationContext authentication, ConsoleTime time) {
		this.events = events;
		this.authentication = authentication;
		this.time = time;
		this.zone = time.zone();
		DateTimeFormatter window = time.formatter("yyyy-MM-dd HH:mm");
		this.grid.setId("events-grid");
		this.grid.addColumn(WeddingEvent::name).setHeader(getTranslation("events.name")).setAutoWidth(true);
		this.grid.addColumn(WeddingEvent::couple).setHeader(getTranslation("events.couple")).setAutoWidth(true);
		this.grid.addColumn((event) -> window.format(event.startsAt()) + " – " + window.format(event.endsAt()))
			.setHeader(getTranslation("events.window", this.zone.getId()))
			.setAutoWidth(true);
		this.grid.addColumn((event) -> getTranslation(event.active() ? "events.yes" : "events.no"))
			.setHeader(getTranslation("events.active"));
		this.grid.addColumn((event) -> getTranslation(event.preModeration() ? "events.yes" : "events.no"))
			.setHeader(getTranslation("events.pre-moderation"));
		this.grid.addColumn((event) -> event.tables().size()).setHeader(getTranslation("events.tables.count"));
		this.grid.setAllRowsVisible(true);
		this.grid.asSingleSelect().addValueChangeListener((change) -> select(change.getValue()));
		this.state.setId("events-state");
		add(new H2(getTranslation("events.title")), this.grid, hostDesk());
		if (admin()) {
			add(form());
		}
		refresh();
		this.events.current().ifPresent(this.grid::select);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("events.title");
	}

	private Component hostDesk() {
		Select<Duration> length = new Select<>();
		length.setId("events-countdown-length");
		length.setLabel(getTranslation("events.countdown.length"));
		length.setItems(COUNTDOWNS);
		length.setItemLabelGenerator((d) -> (d.toSeconds() < 60) ? getTranslation("events.seconds", d.toSeconds())
				: getTranslation("events.minutes", d.toMinutes()));
		length.setValue(Duration.ofMinutes(1));
		Button start = new Button(getTranslation("events.countdown.start"), (click) -> {
			if (this.selected != null) {
				show(this.events.startCountdown(this.selected.id(), length.getValue(), who()));
			}
		});
		start.setId("events-countdown-start");
		start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button clear = new Button(getTranslation("events.countdown.clear"), (click) -> {
			if (this.selected != null) {
				show(this.events.clearCountdown(this.selected.id(), who()));
			}
		});
		clear.setId("events-countdown-clear");
		HorizontalLayout links = new HorizontalLayout(new Anchor("board", getTranslation("events.open.board")),
				new Anchor("board/queue", getTranslation("events.open.queue")),
				new Anchor("board/card", getTranslation("events.open.card")),
				new Anchor("board/tables", getTranslation("events.open.table-cards")));
		HorizontalLayout buttons = new HorizontalLayout(length, start, clear);
		buttons.setAlignItems(Alignment.BASELINE);
		return new VerticalLayout(new H3(getTranslation("events.host-desk")), this.state, buttons, links);
	}

	private Component form() {
		this.name.setId("events-name");
		this.name.setLabel(getTranslation("events.name"));
		this.couple.setId("events-couple");
		this.couple.setLabel(getTranslation("events.couple"));
		this.startsAt.setId("events-starts");
		this.startsAt.setLabel(getTranslation("events.starts", this.zone.getId()));
		this.endsAt.setId("events-ends");
		this.endsAt.setLabel(getTranslation("events.ends", this.zone.getId()));
		this.active.setId("events-active");
		this.active.setLabel(getTranslation("events.active"));
		this.preModeration.setId("events-pre-moderation");
		this.preModeration.setLabel(getTranslation("events.pre-moderation.help"));
		this.tables.setId("events-tables");
		this.tables.setLabel(getTranslation("events.tables"));
		this.tables.setHelperText(getTranslation("events.tables.help", EventTables.MOST));
		this.tables.setWidthFull();
		Button save = new Button(getTranslation("events.save"), (click) -> save(false));
		save.setId("events-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button create = new Button(getTranslation("events.create"), (click) -> save(true));
		create.setId("events-create");
		LocalDateTime now = this.time.localNow().withSecond(0).withNano(0);
		this.startsAt.setValue(now);
		this.endsAt.setValue(now.plusHours(6));
		this.active.setValue(true);
		return new VerticalLayout(new H3(getTranslation("events.edit")), new HorizontalLayout(this.name, this.couple),
				new HorizontalLayout(this.startsAt, this.endsAt), new HorizontalLayout(this.active, this.preModeration),
				this.tables, new HorizontalLayout(save, create));
	}

	private void save(boolean asNew) {
		if (!admin()) {
			throw new IllegalStateException("admin role required");
		}
		if (!asNew && this.selected == null) {
			Notification.show(getTranslation("events.select-first"));
			return;
		}
		try {
			WeddingEvent event = new WeddingEvent(asNew ? null : this.selected.id(), this.name.getValue(),
					this.couple.getValue(), instant(this.startsAt.getValue()), instant(this.endsAt.getValue()),
					this.active.getValue(), this.preModeration.getValue(),
					asNew ? null : this.selected.countdownStartedAt(), asNew ? null : this.selected.countdownEndsAt(),
					EventTables.parse(this.tables.getValue()));
			WeddingEvent saved = this.events.save(event, who());
			Notification.show(getTranslation("events.saved"));
			refresh();
			this.grid.select(saved);
		}
		catch (IllegalArgumentException invalid) {
			Notification.show(getTranslation(invalid.getMessage()));
		}
	}

	private void show(WeddingEvent event) {
		refresh();
		this.grid.select(event);
		select(event);
	}

	private void select(WeddingEvent event) {
		this.selected = event;
		if (event == null) {
			this.state.setText(getTranslation("events.none-selected"));
			return;
		}
		Instant now = this.time.now();
		String countdown = event.countingDown(now)
				? getTranslation("events.countdown.running", event.countdownLeft(now).toSeconds()) : event.frozen(now)
						? getTranslation("events.countdown.frozen") : getTranslation("events.countdown.none");
		this.state.setText(event.name() + " · " + countdown);
		this.name.setValue(event.name());
		this.couple.setValue(event.couple());
		this.startsAt.setValue(LocalDateTime.ofInstant(event.startsAt(), this.zone));
		this.endsAt.setValue(LocalDateTime.ofInstant(event.endsAt(), this.zone));
		this.active.setValue(event.active());
		this.preModeration.setValue(event.preModeration());
		this.tables.setValue(EventTables.written(event.tables()));
	}

	private void refresh() {
		this.grid.setItems(this.events.all());
	}

	private Instant instant(LocalDateTime local) {
		return (local != null) ? local.atZone(this.zone).toInstant() : null;
	}

	private boolean admin() {
		return this.authentication.hasRole("ADMIN");
	}

	private String who() {
		return this.authentication.getPrincipalName().orElse("?");
	}

}
