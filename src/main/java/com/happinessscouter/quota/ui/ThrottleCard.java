package com.happinessscouter.quota.ui;

import java.util.concurrent.atomic.AtomicReference;

import com.happinessscouter.console.DashboardCard;
import com.happinessscouter.console.DashboardTile;
import com.happinessscouter.quota.Throttle;
import com.happinessscouter.quota.ThrottleDecision;
import com.happinessscouter.quota.ThrottleMode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The dashboard's throttle card (admins): the mode and why the bot is busy or not, and
 * one click between AUTO and FORCED_BUSY that asks for a reason and is audited like every
 * change of the switch (OFF is left to the LINE usage page, which the card links to).
 */
@org.springframework.stereotype.Component
class ThrottleCard implements DashboardCard {

	private final Throttle throttle;

	/** Asked per click: the provisioning run has no web security, and no dashboard. */
	private final ObjectProvider<AuthenticationContext> authentication;

	ThrottleCard(Throttle throttle, ObjectProvider<AuthenticationContext> authentication) {
		this.throttle = throttle;
		this.authentication = authentication;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Component create() {
		Span state = DashboardTile.figureSpan("card-throttle-state");
		Span why = DashboardTile.detailSpan("card-throttle-why");
		Button toggle = new Button();
		toggle.setId("card-throttle-switch");
		AtomicReference<ThrottleMode> target = new AtomicReference<>();
		DashboardTile tile = new DashboardTile("card-throttle", "dashboard.card.throttle", QuotaView.class,
				() -> show(state, why, toggle, target));
		toggle.addClickListener((click) -> ask(tile, target.get()));
		tile.add(state, why, toggle);
		return tile;
	}

	/** The switch's other side: AUTO and FORCED_BUSY swap, OFF has none. */
	static ThrottleMode other(ThrottleMode mode) {
		return switch (mode) {
			case AUTO -> ThrottleMode.FORCED_BUSY;
			case FORCED_BUSY -> ThrottleMode.AUTO;
			case OFF -> null;
		};
	}

	private void show(Span state, Span why, Button toggle, AtomicReference<ThrottleMode> target) {
		ThrottleMode mode = this.throttle.settings().mode();
		ThrottleDecision decision = this.throttle.decision();
		state.setText(state.getTranslation("quota.mode." + mode.name()));
		state.getElement().getThemeList().set("badge", true);
		state.getElement().getThemeList().set("error", decision.busy());
		state.getElement().getThemeList().set("success", !decision.busy());
		why.setText(DecisionText.of(why, decision));
		target.set(other(mode));
		toggle.setVisible(target.get() != null);
		if (target.get() != null) {
			toggle.setText(toggle.getTranslation("dashboard.card.throttle.to." + target.get().name()));
		}
	}

	/** Asks for the reason, then switches (audited) and shows the new state. */
	private void ask(DashboardTile tile, ThrottleMode to) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(
				tile.getTranslation("dashboard.card.throttle.confirm", tile.getTranslation("quota.mode." + to.name())));
		TextField reason = new TextField(tile.getTranslation("quota.reason"));
		reason.setId("card-throttle-reason");
		reason.setRequired(true);
		reason.setWidthFull();
		Button confirm = new Button(tile.getTranslation("dashboard.card.throttle.ok"), (click) -> {
			if (reason.getValue().isBlank()) {
				reason.setErrorMessage(tile.getTranslation("dashboard.card.throttle.reason-needed"));
				reason.setInvalid(true);
				return;
			}
			this.throttle.change(to, this.authentication.getObject().getPrincipalName().orElse("?"),
					reason.getValue().strip());
			dialog.close();
			tile.refresh();
			Notification.show(tile.getTranslation("quota.saved"));
		});
		confirm.setId("card-throttle-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(tile.getTranslation("dashboard.card.cancel"), (click) -> dialog.close());
		cancel.setId("card-throttle-cancel");
		dialog.add(reason);
		dialog.getFooter().add(cancel, confirm);
		dialog.open();
		reason.focus();
	}

}
