package com.happinessscouter.limits.ui;

import java.util.Map;

import com.happinessscouter.console.ChangeLogGrid;
import com.happinessscouter.limits.GuestLimits;
import com.happinessscouter.limits.LimitSettings;
import com.happinessscouter.limits.Usage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The guest limits (admins): the default photo quota per guest per event, the photos per
 * guest per minute and the month's analysis budget, each with what is used, and their
 * audited changes. A guest's own quota is set on the guest's page.
 */
@Route("limits")
@Menu(order = 55, title = "limits.menu")
@RolesAllowed("ADMIN")
public class QuotasView extends VerticalLayout implements HasDynamicTitle {

	private final GuestLimits limits;

	private final AuthenticationContext authentication;

	private final IntegerField perGuest = field("limits-per-guest", "limits.per-guest");

	private final IntegerField perMinute = field("limits-per-minute", "limits.per-minute");

	private final IntegerField budget = field("limits-budget", "limits.budget");

	private final Span eventUsed = used("limits-per-guest-used");

	private final Span budgetUsed = used("limits-budget-used");

	private final ChangeLogGrid audit = new ChangeLogGrid();

	public QuotasView(GuestLimits limits, AuthenticationContext authentication) {
		this.limits = limits;
		this.authentication = authentication;
		this.budget.setMax((int) LimitSettings.MAX_BUDGET);
		Button save = new Button(getTranslation("limits.save"), (click) -> save());
		save.setId("limits-save");
		HorizontalLayout form = new HorizontalLayout(this.perGuest, this.perMinute, this.budget, save);
		form.setAlignItems(Alignment.BASELINE);
		form.setWrap(true);
		add(new H2(getTranslation("limits.title")), new Span(getTranslation("limits.help")), form, this.eventUsed,
				this.budgetUsed, new H3(getTranslation("limits.audit")), this.audit);
		show();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("limits.title");
	}

	private void save() {
		if (this.perGuest.isInvalid() || this.perMinute.isInvalid() || this.budget.isInvalid()) {
			return;
		}
		this.limits.change(value(this.perGuest), value(this.perMinute), value(this.budget),
				this.authentication.getPrincipalName().orElse("?"));
		Notification.show(getTranslation("limits.saved"));
		show();
	}

	private void show() {
		LimitSettings settings = this.limits.settings();
		this.perGuest.setValue(settings.photosPerGuest());
		this.perMinute.setValue(settings.photosPerMinute());
		this.budget.setValue((int) settings.analysisBudget());
		Map<String, Usage> event = this.limits.usageInOpenEvent();
		long photos = event.values().stream().mapToLong(Usage::used).sum();
		long full = event.values().stream().filter(Usage::spent).count();
		this.eventUsed.setText(getTranslation("limits.per-guest.used", photos, event.size(), full));
		this.budgetUsed.setText(getTranslation("limits.budget.used", this.limits.month(), this.limits.budget()));
		this.audit.setItems(this.limits.audit(20));
	}

	private static int value(IntegerField field) {
		return (field.getValue() != null) ? field.getValue() : 0;
	}

	private IntegerField field(String id, String label) {
		IntegerField field = new IntegerField(getTranslation(label));
		field.setId(id);
		field.setMin(0);
		field.setHelperText(getTranslation("limits.none"));
		field.setStepButtonsVisible(true);
		return field;
	}

	private static Span used(String id) {
		Span span = new Span();
		span.setId(id);
		return span;
	}

}
