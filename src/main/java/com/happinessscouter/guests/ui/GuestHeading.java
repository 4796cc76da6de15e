package com.happinessscouter.guests.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;

/**
 * The guest page's heading: the guest's display name (hosts know guests by name), the
 * LINE user id below it, smaller, selectable in one click and with a copy button. A guest
 * without a name is headed by the id.
 */
final class GuestHeading {

	private GuestHeading() {
	}

	/** The page's title: the name, else the id. */
	static String title(Component where, String displayName, String userId) {
		return where.getTranslation("guest.title", (displayName != null) ? displayName : userId);
	}

	static Component of(Component where, String displayName, String userId) {
		H2 name = new H2(title(where, displayName, userId));
		name.setId("guest-name");
		name.getStyle().set("margin-bottom", "0");
		Span id = new Span(userId);
		id.setId("guest-user-id");
		id.setTitle(where.getTranslation("guest.user-id"));
		id.getStyle()
			.set("font-family", "var(--lumo-font-family-monospace, monospace)")
			.set("font-size", "var(--lumo-font-size-s)")
			.set("color", "var(--lumo-secondary-text-color)")
			.set("user-select", "all");
		Button copy = new Button(where.getTranslation("guest.user-id.copy"), (click) -> {
			click.getSource().getElement().executeJs("return navigator.clipboard.writeText($0)", userId);
			Notification.show(where.getTranslation("guest.user-id.copied"));
		});
		copy.setId("guest-user-id-copy");
		copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
		Div line = new Div(new Span(where.getTranslation("guest.user-id") + ": "), id, copy);
		line.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
		Div heading = new Div(name, line);
		heading.setWidthFull();
		return heading;
	}

}
