package com.happinessscouter.retention.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.happinessscouter.aws.LifecycleRule;
import com.happinessscouter.retention.ExpiringPhotos;
import com.happinessscouter.retention.Retention;
import com.happinessscouter.retention.RetentionSettings;
import com.happinessscouter.console.ChangeLogGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * Photo retention (admins): how long photos are kept, an optional move to a cheaper
 * storage class, and what the bucket really has (the operator's own rules too), with
 * drift flagged.
 */
@Route("retention")
@Menu(order = 60, title = "retention.menu")
@RolesAllowed("ADMIN")
public class RetentionView extends VerticalLayout implements HasDynamicTitle {

	private final Retention retention;

	private final ExpiringPhotos expiring;

	private final AuthenticationContext authentication;

	private final Clock clock;

	private final Grid<LifecycleRule> rules = new Grid<>();

	private final ChangeLogGrid audit = new ChangeLogGrid();

	private final Span drift = new Span();

	private final Span soon = new Span();

	private final Span errors = new Span();

	public RetentionView(Retention retention, ExpiringPhotos expiring, AuthenticationContext authentication,
			Clock clock) {
		this.clock = clock;
		this.retention = retention;
		this.expiring = expiring;
		this.authentication = authentication;
		this.drift.setId("retention-drift");
		this.soon.setId("retention-soon");
		this.errors.setId("retention-errors");
		this.errors.getStyle().set("color", "var(--lumo-error-text-color)");
		this.rules.setId("retention-rules");
		this.rules.addColumn(LifecycleRule::id).setHeader(getTranslation("retention.rule.id")).setAutoWidth(true);
		this.rules.addColumn(LifecycleRule::prefix).setHeader(getTranslation("retention.rule.prefix"));
		this.rules.addColumn((rule) -> rule.enabled() ? "✓" : "–").setHeader(getTranslation("retention.rule.enabled"));
		this.rules.addColumn((rule) -> text(rule.expirationDays()))
			.setHeader(getTranslation("retention.rule.expiration"));
		this.rules.addColumn(
				(rule) -> (rule.transitionDays() != null) ? rule.storageClass() + " / " + rule.transitionDays() : "-")
			.setHeader(getTranslation("retention.rule.transition"));
		this.rules.addColumn((rule) -> text(rule.abortMultipartDays()))
			.setHeader(getTranslation("retention.rule.abort"));
		this.rules.addColumn((rule) -> getTranslation(rule.ours() ? "retention.rule.ours" : "retention.rule.foreign"))
			.setHeader(getTranslation("retention.rule.owner"));
		this.rules.setAllRowsVisible(true);
		add(new H2(getTranslation("retention.title")), this.soon, form(), this.errors,
				new H3(getTranslation("retention.bucket")), this.drift, this.rules,
				new H3(getTranslation("quota.audit")), this.audit);
		show();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("retention.title");
	}

	private HorizontalLayout form() {
		RetentionSettings current = this.retention.settings();
		IntegerField days = field("retention-days", "retention.days", current.photoDays());
		Checkbox move = new Checkbox(getTranslation("retention.move"), current.transitionDays() != null);
		move.setId("retention-move");
		Select<String> storageClass = new Select<>();
		storageClass.setId("retention-class");
		storageClass.setLabel(getTranslation("retention.class"));
		storageClass.setItems("STANDARD_IA", "GLACIER_IR");
		storageClass.setValue((current.storageClass() != null) ? current.storageClass() : "STANDARD_IA");
		IntegerField after = field("retention-transition", "retention.transition",
				(current.transitionDays() != null) ? current.transitionDays() : 30);
		IntegerField abort = field("retention-abort", "retention.abort", current.abortMultipartDays());
		TextField reason = new TextField(getTranslation("quota.reason"));
		reason.setId("retention-reason");
		Button apply = new Button(getTranslation("quota.save"), (click) -> {
			List<String> problems = this.retention.change(value(days), move.getValue() ? value(after) : null,
					storageClass.getValue(), value(abort), this.authentication.getPrincipalName().orElse("?"),
					reason.getValue());
			this.errors.setText(String.join(" ", problems.stream().map(this::getTranslation).toList()));
			if (problems.isEmpty()) {
				reason.clear();
				Notification.show(getTranslation("retention.saved"));
				show();
			}
		});
		apply.setId("retention-apply");
		HorizontalLayout form = new HorizontalLayout(days, move, storageClass, after, abort, reason, apply);
		form.setAlignItems(Alignment.BASELINE);
		form.setWrap(true);
		return form;
	}

	private IntegerField field(String id, String label, int value) {
		IntegerField field = new IntegerField(getTranslation(label));
		field.setId(id);
		field.setValue(value);
		field.setStepButtonsVisible(true);
		return field;
	}

	private void show() {
		List<LifecycleRule> bucketRules = this.retention.bucketRules();
		this.rules.setItems(bucketRules);
		boolean drifted = this.retention.drift(bucketRules);
		this.drift.setText(getTranslation(drifted ? "retention.drift" : "retention.in-sync"));
		this.drift.getElement().getThemeList().set("badge", true);
		this.drift.getElement().getThemeList().set("error", drifted);
		this.drift.getElement().getThemeList().set("success", !drifted);
		this.soon.setText(getTranslation("retention.soon",
				this.expiring.expiringBefore(this.clock.instant().plus(Duration.ofDays(7)))));
		this.audit.setItems(this.retention.audit(20));
	}

	private static int value(IntegerField field) {
		return (field.getValue() != null) ? field.getValue() : 0;
	}

	private static String text(Integer days) {
		return (days != null) ? days.toString() : "-";
	}

}
