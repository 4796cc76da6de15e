package com.happinessscouter.guests.ui;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.happinessscouter.guests.GuestQuery;
import com.happinessscouter.guests.GuestSummary;
import com.happinessscouter.guests.Guests;
import com.happinessscouter.limits.GuestLimits;
import com.happinessscouter.limits.Usage;
import com.happinessscouter.guests.Totals;
import com.happinessscouter.console.ConsoleTime;
import com.happinessscouter.console.DashboardCards;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The wedding in numbers (admins and hosts, read-only): totals and every guest's
 * submissions, from counts kept at write time; the grid pages lazily through the table,
 * sorts by any figure and filters by name or user id. Admins also see the other modules'
 * {@link com.happinessscouter.console.DashboardCard}s on top, and export a CSV and a ZIP
 * of all photos.
 */
@Route("dashboard")
@Menu(order = 10, title = "dashboard.menu")
@RolesAllowed({ "ADMIN", "HOST" })
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

	private final DateTimeFormatter time;

	private final Guests service;

	private final TextField filter = new TextField();

	private final HorizontalLayout totals = new HorizontalLayout();

	private final Grid<GuestSummary> guests = new Grid<>();

	private final GuestLimits limits;

	/** Each guest's photos in the open event against their quota, as last read. */
	private Map<String, Usage> quotas = Map.of();

	/** Each shown guest's table in the open event, read with each page. */
	private final Map<String, String> seats = new ConcurrentHashMap<>();

	public DashboardView(Guests service, GuestLimits limits, AuthenticationContext authentication, ConsoleTime time,
			DashboardCards cards) {
		this.limits = limits;
		this.time = time.formatter("MM-dd HH:mm:ss");
		this.service = service;
		this.totals.setId("dashboard-totals");
		this.totals.setWrap(true);
		this.guests.setId("dashboard-guests");
		this.guests.addColumn(GuestSummary::displayName)
			.setHeader(getTranslation("dashboard.guest"))
			.setAutoWidth(true)
			.setSortProperty(GuestQuery.Sort.NAME.name());
		this.guests.addColumn(GuestSummary::userId).setHeader(getTranslation("dashboard.user-id")).setAutoWidth(true);
		this.guests.addColumn(GuestSummary::photos)
			.setHeader(getTranslation("dashboard.photos"))
			.setSortProperty(GuestQuery.Sort.PHOTOS.name());
		this.guests.addColumn((guest) -> quota(guest.userId())).setHeader(getTranslation("dashboard.quota"));
		this.guests.addColumn((guest) -> this.seats.getOrDefault(guest.userId(), ""))
			.setHeader(getTranslation("dashboard.table"))
			.setKey("table");
		this.guests.addColumn((guest) -> format(guest.bestPower()))
			.setHeader(getTranslation("dashboard.best"))
			.setSortProperty(GuestQuery.Sort.BEST_POWER.name());
		this.guests.addColumn((guest) -> format(guest.lastPower()))
			.setHeader(getTranslation("dashboard.last"))
			.setSortProperty(GuestQuery.Sort.LAST_POWER.name());
		this.guests.addColumn((guest) -> this.time.format(guest.lastActivity()))
			.setHeader(getTranslation("dashboard.activity"))
			.setSortProperty(GuestQuery.Sort.LAST_ACTIVITY.name());
		this.guests.setMultiSort(false);
		this.guests.setItems((query) -> page(query).stream(), (query) -> this.service.count(query(query)));
		this.filter.setId("dashboard-filter");
		this.filter.setPlaceholder(getTranslation("dashboard.filter"));
		this.filter.setClearButtonVisible(true);
		this.filter.setValueChangeMode(ValueChangeMode.LAZY);
		this.filter.addValueChangeListener((change) -> this.guests.getDataProvider().refreshAll());
		this.guests.addItemClickListener(
				(click) -> getUI().ifPresent((ui) -> ui.navigate(GuestView.class, click.getItem().userId())));
		add(new H2(getTranslation("dashboard.title")), cards.row(), this.totals);
		if (authentication.hasRole("ADMIN")) {
			add(new ExportBar(service, authentication));
		}
		add(this.filter, this.guests);
		setSizeFull();
		showTotals();
	}

	@Override
	protected void onAttach(AttachEvent attach) {
		attach.getUI().setPollInterval(5000);
		attach.getUI().addPollListener((poll) -> {
			showTotals();
			this.guests.getDataProvider().refreshAll();
		});
	}

	@Override
	public String getPageTitle() {
		return getTranslation("dashboard.title");
	}

	private List<GuestSummary> page(Query<GuestSummary, ?> query) {
		List<GuestSummary> page = this.service.page(query(query), query.getOffset(), query.getLimit());
		this.seats.putAll(this.service.tablesInOpenEvent(page));
		return page;
	}

	private GuestQuery query(Query<GuestSummary, ?> query) {
		return query.getSortOrders()
			.stream()
			.findFirst()
			.map((order) -> new GuestQuery(this.filter.getValue(), GuestQuery.Sort.valueOf(order.getSorted()),
					order.getDirection() == SortDirection.DESCENDING))
			.orElse(new GuestQuery(this.filter.getValue(), GuestQuery.Sort.LAST_ACTIVITY, true));
	}

	private void showTotals() {
		this.quotas = Map.copyOf(this.limits.usageInOpenEvent());
		Totals totals = this.service.totals();
		this.totals.removeAll();
		this.totals.add(card("guests", totals.guests()), card("photos", totals.photos()), card("faces", totals.faces()),
				card("average", totals.averagePower()), card("best-power", totals.bestPower()),
				card("recent", totals.lastTenMinutes()));
	}

	private Component card(String name, long value) {
		Span figure = new Span(format(value));
		figure.setId("total-" + name);
		figure.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "bold");
		Div card = new Div(new Div(getTranslation("dashboard.total." + name)), figure);
		card.getStyle()
			.set("padding", "var(--lumo-space-m)")
			.set("border", "1px solid var(--lumo-contrast-10pct)")
			.set("border-radius", "var(--lumo-border-radius-l)")
			.set("min-width", "9em");
		return card;
	}

	private String quota(String userId) {
		Usage usage = this.quotas.get(userId);
		return (usage != null) ? usage.toString() : "";
	}

	private String format(long value) {
		return NumberFormat.getIntegerInstance(getLocale()).format(value);
	}

}
