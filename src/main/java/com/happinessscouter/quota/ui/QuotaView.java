package com.happinessscouter.quota.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.happinessscouter.quota.QuotaProperties;
import com.happinessscouter.quota.QuotaSnapshot;
import com.happinessscouter.quota.QuotaStatus;
import com.happinessscouter.quota.Throttle;
import com.happinessscouter.quota.ThrottleMode;
import com.happinessscouter.quota.ThrottleSettings;
import com.happinessscouter.quota.internal.QuotaPoller;
import com.happinessscouter.quota.internal.QuotaTable;
import com.happinessscouter.console.ChangeLogGrid;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
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
 * LINE message usage and the throttle switch (admins): usage against the limit, the
 * month-end projection, polling status, history, and the switch with its audit trail.
 */
@Route("quota")
@Menu(order = 50, title = "quota.menu")
@RolesAllowed("ADMIN")
public class QuotaView extends VerticalLayout implements HasDynamicTitle {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Throttle throttle;

	private final QuotaPoller poller;

	private final QuotaTable table;

	private final ZoneId zone;

	private final AuthenticationContext authentication;

	private final Clock clock;

	private final Div usage = new Div();

	private final Div history = new Div();

	private final Span state = new Span();

	private final ChangeLogGrid audit = new ChangeLogGrid();

	public QuotaView(Throttle throttle, QuotaPoller poller, QuotaTable table, QuotaProperties properties,
			AuthenticationContext authentication, Clock clock) {
		this.clock = clock;
		this.throttle = throttle;
		this.poller = poller;
		this.table = table;
		this.zone = properties.zone();
		this.authentication = authentication;
		this.state.setId("throttle-state");
		this.usage.setId("quota-usage");
		this.usage.setWidthFull();
		Button pollNow = new Button(getTranslation("quota.poll-now"), (click) -> {
			this.poller.poll();
			show();
		});
		pollNow.setId("quota-poll-now");
		add(new H2(getTranslation("quota.title")), this.usage, pollNow, new H3(getTranslation("quota.switch")),
				this.state, switchForm(), latePush(), new H3(getTranslation("quota.history")), this.history,
				new H3(getTranslation("quota.audit")), this.audit);
		show();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("quota.title");
	}

	private Component switchForm() {
		ThrottleSettings current = this.throttle.settings();
		Select<ThrottleMode> mode = new Select<>();
		mode.setId("throttle-mode");
		mode.setLabel(getTranslation("quota.mode"));
		mode.setItems(ThrottleMode.values());
		mode.setItemLabelGenerator((item) -> getTranslation("quota.mode." + item.name()));
		mode.setValue(current.mode());
		TextField reason = new TextField(getTranslation("quota.reason"));
		reason.setId("throttle-reason");
		Button save = new Button(getTranslation("quota.save"), (click) -> {
			this.throttle.change(mode.getValue(), this.authentication.getPrincipalName().orElse("?"),
					reason.getValue());
			reason.clear();
			Notification.show(getTranslation("quota.saved"));
			show();
		});
		save.setId("throttle-save");
		HorizontalLayout form = new HorizontalLayout(mode, reason, save);
		form.setAlignItems(Alignment.BASELINE);
		form.setWrap(true);
		return form;
	}

	/** Push late results (audited): off, they wait for the guest's next message. */
	private Component latePush() {
		Checkbox push = new Checkbox(getTranslation("quota.late-push"), this.throttle.pushLateResults());
		push.setId("push-late-results");
		push.addValueChangeListener((change) -> {
			if (change.isFromClient()) {
				this.throttle.changePushLateResults(change.getValue(),
						this.authentication.getPrincipalName().orElse("?"));
				Notification.show(getTranslation("quota.saved"));
				show();
			}
		});
		return push;
	}

	private void show() {
		YearMonth month = this.throttle.month();
		QuotaStatus status = this.throttle.status();
		this.usage.removeAll();
		this.usage.add(usage(status, month), pollStatus(status));
		var decision = this.throttle.decision();
		this.state.setText(DecisionText.of(this, decision));
		this.state.getElement().getThemeList().set("badge", true);
		this.state.getElement().getThemeList().set("error", decision.busy());
		this.state.getElement().getThemeList().set("success", !decision.busy());
		List<QuotaSnapshot> snapshots = this.table.history(month);
		this.history.removeAll();
		this.history.add(new Html(UsageChart.svg(snapshots, month, this.zone, getTranslation("quota.chart", month))),
				pastMonths(month));
		this.audit.setItems(this.throttle.audit(20));
	}

	private Component usage(QuotaStatus status, YearMonth month) {
		QuotaSnapshot last = status.last();
		if (last == null) {
			return new Span(getTranslation("quota.never-polled"));
		}
		VerticalLayout box = new VerticalLayout();
		box.setPadding(false);
		if (!last.limited() || last.limit() == null) {
			box.add(new Span(getTranslation("quota.unlimited", last.used())));
			return box;
		}
		long remaining = status.remaining(month);
		box.add(new Span(getTranslation("quota.used", last.used(), last.limit(), remaining)),
				UsageBar.of("quota-bar", last), new Span(getTranslation("quota.projection", projection(last, month))));
		return box;
	}

	/** Month-end usage if the month goes on as it went so far. */
	private long projection(QuotaSnapshot last, YearMonth month) {
		Instant start = month.atDay(1).atStartOfDay(this.zone).toInstant();
		Instant end = month.plusMonths(1).atDay(1).atStartOfDay(this.zone).toInstant();
		double elapsed = Math.max(1, Duration.between(start, last.polledAt()).toMinutes());
		double total = Duration.between(start, end).toMinutes();
		return Math.round(last.used() * total / elapsed);
	}

	private Component pollStatus(QuotaStatus status) {
		String lastGood = (status.last() != null) ? TIME.format(status.last().polledAt().atZone(this.zone)) : "-";
		String age = (status.last() != null)
				? Duration.between(status.last().polledAt(), this.clock.instant()).toMinutes() + " min" : "-";
		Span span = new Span((status.lastError() == null) ? getTranslation("quota.poll.ok", lastGood, age)
				: getTranslation("quota.poll.failed", status.lastError(), lastGood, age));
		span.setId("quota-poll-status");
		return span;
	}

	private Component pastMonths(YearMonth month) {
		Grid<QuotaSnapshot> past = new Grid<>();
		past.addColumn((s) -> s.month().toString()).setHeader(getTranslation("quota.month"));
		past.addColumn(QuotaSnapshot::used).setHeader(getTranslation("quota.month.used"));
		past.addColumn((s) -> (s.limit() != null) ? s.limit().toString() : "-")
			.setHeader(getTranslation("quota.month.limit"));
		List<QuotaSnapshot> months = new ArrayList<>();
		for (int back = 0; back < 6; back++) {
			this.table.last(month.minusMonths(back)).ifPresent(months::add);
		}
		past.setItems(months);
		past.setAllRowsVisible(true);
		return past;
	}

}
