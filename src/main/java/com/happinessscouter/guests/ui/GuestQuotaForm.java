package com.happinessscouter.guests.ui;

import com.happinessscouter.limits.GuestLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * A guest's own photo quota per event (admins): empty for the default of the Quotas page;
 * beside it what the guest used in the event open now. Audited.
 */
class GuestQuotaForm extends HorizontalLayout {

	private final GuestLimits limits;

	private final String userId;

	private final IntegerField quota = new IntegerField();

	private final Span used = new Span();

	GuestQuotaForm(GuestLimits limits, String userId, String who) {
		this.limits = limits;
		this.userId = userId;
		this.quota.setId("guest-quota");
		this.quota.setLabel(getTranslation("guest.quota"));
		this.quota.setMin(0);
		this.quota.setClearButtonVisible(true);
		this.used.setId("guest-quota-used");
		Button save = new Button(getTranslation("guest.quota.save"), (click) -> {
			this.limits.override(this.userId, this.quota.getValue(), who);
			Notification.show(getTranslation("guest.quota.saved"));
			show();
		});
		save.setId("guest-quota-save");
		setAlignItems(Alignment.BASELINE);
		add(this.quota, save, this.used);
		show();
	}

	private void show() {
		this.quota.setValue(this.limits.override(this.userId).orElse(null));
		this.quota.setHelperText(getTranslation("guest.quota.help", this.limits.settings().photosPerGuest()));
		this.used.setText(this.limits.usage(this.userId)
			.map((usage) -> getTranslation("guest.quota.used", usage))
			.orElse(getTranslation("guest.quota.no-event")));
	}

}
