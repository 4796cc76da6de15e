package com.happinessscouter.operations.ui;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

import com.happinessscouter.console.ConsoleTime;
import com.happinessscouter.console.LoginAttempts;
import com.happinessscouter.console.LoginThrottle;
import com.happinessscouter.operations.Alarm;
import com.happinessscouter.operations.Alarms;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Admins' status page: each dependency's health (DynamoDB, S3, LINE, the analyzer, ...),
 * the alarm rules with their last values, and the console sign-ins slowed down after
 * wrong passwords (each can be cleared), refreshed every few seconds.
 */
@Route("status")
@Menu(order = 70, title = "status.menu")
@RolesAllowed("ADMIN")
public class StatusView extends VerticalLayout implements HasDynamicTitle {

	private final DateTimeFormatter time;

	private record Dependency(String name, Health health) {
	}

	private final ListableBeanFactory beans;

	private final Alarms alarms;

	private final Grid<Dependency> health = new Grid<>();

	private final Grid<Alarm> rules = new Grid<>();

	private final Span summary = new Span();

	private final LoginAttempts logins;

	private final AuthenticationContext authentication;

	private final Grid<LoginThrottle> throttles = new Grid<>();

	public StatusView(ListableBeanFactory beans, Alarms alarms, LoginAttempts logins,
			AuthenticationContext authentication, ConsoleTime time) {
		this.time = time.formatter("MM-dd HH:mm:ss");
		this.beans = beans;
		this.alarms = alarms;
		this.logins = logins;
		this.authentication = authentication;
		this.summary.setId("status-summary");
		this.health.setId("status-health");
		this.health.addColumn((dependency) -> dependency.name().replace("HealthIndicator", ""))
			.setHeader(getTranslation("status.dependency"))
			.setAutoWidth(true);
		this.health.addColumn((dependency) -> dependency.health().getStatus().getCode())
			.setHeader(getTranslation("status.state"))
			.setPartNameGenerator(
					(dependency) -> "UP".equals(dependency.health().getStatus().getCode()) ? null : "status-bad");
		this.health.addColumn((dependency) -> String.valueOf(dependency.health().getDetails()))
			.setHeader(getTranslation("status.details"))
			.setFlexGrow(3);
		this.health.setAllRowsVisible(true);
		this.rules.setId("status-alarms");
		this.rules.addColumn(Alarm::name).setHeader(getTranslation("status.alarm")).setAutoWidth(true);
		this.rules.addColumn((alarm) -> getTranslation(alarm.firing() ? "status.firing" : "status.ok"))
			.setHeader(getTranslation("status.state"));
		this.rules.addColumn((alarm) -> number(alarm.value())).setHeader(getTranslation("status.value"));
		this.rules.addColumn((alarm) -> number(alarm.threshold())).setHeader(getTranslation("status.threshold"));
		this.rules.addColumn((alarm) -> (alarm.since() != null) ? this.time.format(alarm.since()) : "-")
			.setHeader(getTranslation("status.since"));
		this.rules.setAllRowsVisible(true);
		throttleColumns();
		add(new H2(getTranslation("status.title")), this.summary, new H3(getTranslation("status.health")), this.health,
				new H3(getTranslation("status.alarms")), this.rules, new H3(getTranslation("status.throttles")),
				this.throttles);
		refresh();
	}

	private void throttleColumns() {
		this.throttles.setId("status-throttles");
		this.throttles.addColumn(LoginThrottle::name).setHeader(getTranslation("status.throttle.user"));
		this.throttles.addColumn(LoginThrottle::address).setHeader(getTranslation("status.throttle.address"));
		this.throttles.addColumn(LoginThrottle::failures).setHeader(getTranslation("status.throttle.failures"));
		this.throttles.addColumn((throttle) -> this.time.format(throttle.until()))
			.setHeader(getTranslation("status.throttle.until"));
		this.throttles.addComponentColumn((throttle) -> {
			Button clear = new Button(getTranslation("status.throttle.clear"), (click) -> {
				this.logins.clear(throttle.name(), throttle.address(),
						this.authentication.getPrincipalName().orElse("?"));
				refresh();
			});
			clear.setId("status-throttle-clear-" + throttle.name() + "-" + throttle.address());
			clear.addThemeVariants(ButtonVariant.LUMO_SMALL);
			return clear;
		});
		this.throttles.setAllRowsVisible(true);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("status.title");
	}

	@Override
	protected void onAttach(AttachEvent attach) {
		attach.getUI().setPollInterval(5000);
		attach.getUI().addPollListener((poll) -> refresh());
	}

	private void refresh() {
		Map<String, Health> checked = new TreeMap<>();
		this.beans.getBeansOfType(HealthIndicator.class)
			.forEach((name, indicator) -> checked.put(name, check(indicator)));
		this.health.setItems(checked.entrySet().stream().map((e) -> new Dependency(e.getKey(), e.getValue())).toList());
		this.rules.setItems(this.alarms.all());
		this.throttles.setItems(this.logins.throttles());
		long down = checked.values().stream().filter((h) -> !"UP".equals(h.getStatus().getCode())).count();
		this.summary.setText(getTranslation("status.summary", down, this.alarms.firing().size()));
	}

	private static Health check(HealthIndicator indicator) {
		try {
			return indicator.health();
		}
		catch (RuntimeException ex) {
			return Health.down(ex).build();
		}
	}

	private String number(double value) {
		return (value >= Double.MAX_VALUE / 2) ? "-" : NumberFormat.getNumberInstance(getLocale()).format(value);
	}

}
