package com.happinessscouter.guests.ui;

import java.text.NumberFormat;
import java.util.List;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

import com.happinessscouter.audit.AuditAction;
import com.happinessscouter.audit.AuditEntry;
import com.happinessscouter.audit.AuditLog;
import com.happinessscouter.console.ConsoleTime;
import com.happinessscouter.events.Events;
import com.happinessscouter.guests.Guests;
import com.happinessscouter.limits.GuestLimits;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.scoring.Emotion;
import com.happinessscouter.scoring.Face;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoStatus;
import com.happinessscouter.submission.Submissions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
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
 * delete a photo or everything of the guest; hosts and admins may hide a photo from the
 * big screen. Each action is audited.
 */
@Route("guests")
@RolesAllowed({ "ADMIN", "HOST" })
public class GuestView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	private final DateTimeFormatter time;

	private final Submissions submissions;

	private final Guests data;

	private final AuditLog audit;

	private final Events events;

	private final GuestLimits limits;

	private final AuthenticationContext authentication;

	private final FlexLayout photos = new FlexLayout();

	private String userId;

	private String displayName;

	public GuestView(Submissions submissions, Guests data, AuditLog audit, Events events, GuestLimits limits,
			AuthenticationContext authentication, ConsoleTime time) {
		this.limits = limits;
		this.time = time.formatter("MM-dd HH:mm:ss");
		this.events = events;
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
		this.displayName = this.data.displayName(userId).orElse(null);
		removeAll();
		add(GuestHeading.of(this, this.displayName, userId));
		if (admin()) {
			Button deleteAll = new Button(getTranslation("guest.delete-all"), (click) -> confirmDeleteAll());
			deleteAll.setId("guest-delete-all");
			deleteAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
			add(deleteAll, new GuestQuotaForm(this.limits, userId, this.authentication.getPrincipalName().orElse("?")));
		}
		add(this.photos);
		show();
	}

	@Override
	public String getPageTitle() {
		return GuestHeading.title(this, this.displayName, this.userId);
	}

	private void show() {
		this.photos.removeAll();
		List<Photo> all = this.submissions.ofGuest(this.userId);
		long pending = all.stream().filter(Photo::pending).count();
		Span waiting = new Span(getTranslation("guest.pending", pending));
		waiting.setId("guest-pending");
		waiting.setWidthFull();
		this.photos.add(waiting);
		for (Photo photo : all) {
			this.photos.add(card(photo));
		}
		if (all.isEmpty()) {
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
		card.add(new Div(this.time.format(photo.receivedAt()) + " · " + photo.status()
				+ ((photo.delivery() != null) ? " · " + getTranslation("guest.delivery." + photo.delivery()) : "")));
		if (photo.eventId() != null) {
			Div event = new Div(getTranslation("guest.event",
					this.events.all()
						.stream()
						.filter((e) -> e.id().equals(photo.eventId()))
						.map(WeddingEvent::name)
						.findFirst()
						.orElse(photo.eventId())));
			event.addClassName("guest-event");
			card.add(event);
		}
		if (photo.score() != null) {
			card.add(new Div(getTranslation("guest.score",
					NumberFormat.getIntegerInstance(getLocale()).format(photo.score().power()),
					photo.score().faceCount(), photo.score().smilingFaces())));
			card.add(emotions(photo));
		}
		if (photo.status() == PhotoStatus.DUPLICATE && photo.duplicateOf() != null) {
			card.add(new Div(getTranslation("guest.duplicate-of", photo.duplicateOf().userId())));
		}
		if (photo.eventId() != null) {
			Button visibility = new Button(getTranslation(photo.hidden() ? "guest.show" : "guest.hide"), (click) -> {
				this.submissions.setHidden(photo.key(), !photo.hidden());
				this.audit
					.record(AuditEntry.action(who(), photo.hidden() ? AuditAction.PHOTO_SHOW : AuditAction.PHOTO_HIDE,
							this.userId + "/" + photo.key().imageId()));
				show();
			});
			visibility.addClassName(photo.hidden() ? "guest-show-photo" : "guest-hide-photo");
			visibility.addThemeVariants(ButtonVariant.LUMO_SMALL);
			card.add(visibility);
		}
		if (admin()) {
			Button delete = new Button(getTranslation("guest.delete-photo"), (click) -> {
				requireAdmin();
				this.data.deletePhoto(who(), this.userId, photo.key().imageId());
				Notification.show(getTranslation("guest.deleted"));
				show();
			});
			delete.addClassName("guest-delete-photo");
			delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
			card.add(delete);
		}
		return card;
	}

	/** The photo's emotion shares, then each face's emotions (strongest first). */
	private Component emotions(Photo photo) {
		Div emotions = new Div();
		emotions.addClassName("guest-emotions");
		emotions.add(new Div(getTranslation("guest.emotions.photo", strongest(photo.score().emotionShares()))));
		for (int i = 0; i < photo.faces().size(); i++) {
			Face face = photo.faces().get(i);
			Div line = new Div(getTranslation("guest.emotions.face", i + 1, strongest(face.emotions())));
			line.addClassName("guest-face");
			emotions.add(line);
		}
		return emotions;
	}

	/** Emotions (0-100) of at least 1, strongest first, e.g. "Happy 92 %, Calm 5 %". */
	private String strongest(Map<Emotion, Double> values) {
		return values.entrySet()
			.stream()
			.filter((value) -> value.getValue() >= 1)
			.sorted(Map.Entry.<Emotion, Double>comparingByValue().reversed())
			.map((value) -> getTranslation("guest.emotion." + value.getKey().name()) + " "
					+ Math.round(value.getValue()) + "%")
			.collect(Collectors.joining(", "));
	}

	private void confirmDeleteAll() {
		Dialog dialog = new Dialog(getTranslation("guest.delete-all.confirm"));
		Button yes = new Button(getTranslation("guest.delete-all"), (click) -> {
			requireAdmin();
			this.data.deleteAll(who(), this.userId);
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
