package com.happinessscouter.submission.ui;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.happinessscouter.console.AdminAudit;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.Submissions;
import com.happinessscouter.submission.internal.GuestData;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * One guest's photos with their scores (thumbnails through short-lived links); admins may
 * delete a photo or everything of the guest, each action audited.
 */
@Route("guests")
@RolesAllowed({ "ADMIN", "HOST" })
public class GuestView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Tokyo"));

	private final Submissions submissions;

	private final GuestData data;

	private final AdminAudit audit;

	private final AuthenticationContext authentication;

	private final FlexLayout photos = new FlexLayout();

	private String userId;

	public GuestView(Submissions submissions, GuestData data, AdminAudit audit, AuthenticationContext authentication) {
		this.submissions = submissions;
		this.data = data;
		this.audit = audit;
		this.authentication = authentication;
		this.photos.setId("guest-photos");
		this.photos.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		this.photos.getStyle().set("gap", "var(--lumo-space-m)");
	}

	@Override
	public void setParameter(BeforeEvent event, String userId) {
		this.userId = userId;
		removeAll();
		add(new H2(getTranslation("guest.title", userId)));
		if (admin()) {
			Button deleteAll = new Button(getTranslation("guest.delete-all"), (click) -> confirmDeleteAll());
			deleteAll.setId("guest-delete-all");
			deleteAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
			add(deleteAll);
		}
		add(this.photos);
		show();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("guest.title", this.userId);
	}

	private void show() {
		this.photos.removeAll();
		for (Photo photo : this.submissions.ofGuest(this.userId)) {
			this.photos.add(card(photo));
		}
		if (this.photos.getComponentCount() == 0) {
			this.photos.add(new Span(getTranslation("guest.no-photos")));
		}
	}

	private Component card(Photo photo) {
		Div card = new Div();
		card.addClassName("guest-photo");
		card.getStyle()
			.set("width", "220px")
			.set("padding", "var(--lumo-space-s)")
			.set("border", "1px solid var(--lumo-contrast-10pct)")
			.set("border-radius", "var(--lumo-border-radius-l)");
		if (photo.s3Key() != null) {
			Image thumbnail = new Image(this.submissions.thumbnailUrl(photo), getTranslation("guest.photo"));
			thumbnail.setWidth("200px");
			card.add(thumbnail);
		}
		card.add(new Div(TIME.format(photo.receivedAt()) + " · " + photo.status()));
		if (photo.score() != null) {
			card.add(new Div(getTranslation("guest.score",
					NumberFormat.getIntegerInstance(getLocale()).format(photo.score().power()),
					photo.score().faceCount(), photo.score().smilingFaces())));
		}
		if (admin()) {
			Button delete = new Button(getTranslation("guest.delete-photo"), (click) -> {
				requireAdmin();
				this.data.deletePhoto(this.userId, photo.key().imageId());
				this.audit.record(who(), "delete photo", this.userId + "/" + photo.key().imageId());
				Notification.show(getTranslation("guest.deleted"));
				show();
			});
			delete.addClassName("guest-delete-photo");
			delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
			card.add(delete);
		}
		return card;
	}

	private void confirmDeleteAll() {
		Dialog dialog = new Dialog(getTranslation("guest.delete-all.confirm"));
		Button yes = new Button(getTranslation("guest.delete-all"), (click) -> {
			requireAdmin();
			int deleted = this.data.deleteAll(this.userId);
			this.audit.record(who(), "delete guest data (" + deleted + " photos)", this.userId);
			dialog.close();
			getUI().ifPresent((ui) -> ui.navigate(DashboardView.class));
		});
		yes.setId("guest-delete-all-confirm");
		yes.addThemeVariants(ButtonVariant.LUMO_ERROR);
		dialog.getFooter().add(new Button(getTranslation("guest.cancel"), (click) -> dialog.close()), yes);
		dialog.open();
	}

	private boolean admin() {
		return this.authentication.hasRole("ADMIN");
	}

	/** Buttons are only shown to admins; the server checks again. */
	private void requireAdmin() {
		if (!admin()) {
			throw new IllegalStateException("admin role required");
		}
	}

	private String who() {
		return this.authentication.getPrincipalName().orElse("?");
	}

}
