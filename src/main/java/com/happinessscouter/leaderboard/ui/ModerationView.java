package com.happinessscouter.leaderboard.ui;

import java.text.NumberFormat;
import java.util.List;

import com.happinessscouter.audit.AuditAction;
import com.happinessscouter.audit.AuditEntry;
import com.happinessscouter.audit.AuditLog;
import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.leaderboard.Leaderboard;
import com.happinessscouter.leaderboard.Showcased;
import com.happinessscouter.submission.PhotoKey;
import com.happinessscouter.submission.Submissions;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * What may reach the big screen: photos awaiting approval (pre-moderation) and the latest
 * shown ones, each with approve or hide. Hidden photos still count for the ranking.
 */
@Route("board/queue")
@Menu(order = 25, title = "moderation.menu")
@RolesAllowed({ "ADMIN", "HOST" })
public class ModerationView extends VerticalLayout implements HasDynamicTitle {

	private static final int SHOWN = 40;

	private final Leaderboard leaderboard;

	private final Submissions submissions;

	private final Events events;

	private final AuditLog audit;

	private final AuthenticationContext authentication;

	private final FlexLayout pending = new FlexLayout();

	private final FlexLayout shown = new FlexLayout();

	private final Span pendingCount = new Span();

	public ModerationView(Leaderboard leaderboard, Submissions submissions, Events events, AuditLog audit,
			AuthenticationContext authentication) {
		this.leaderboard = leaderboard;
		this.submissions = submissions;
		this.events = events;
		this.audit = audit;
		this.authentication = authentication;
		this.pending.setId("moderation-pending");
		this.shown.setId("moderation-shown");
		this.pendingCount.setId("moderation-pending-count");
		for (FlexLayout photos : List.of(this.pending, this.shown)) {
			photos.setFlexWrap(FlexLayout.FlexWrap.WRAP);
			photos.getStyle().set("gap", "var(--lumo-space-m)");
		}
		Button refresh = new Button(getTranslation("moderation.refresh"), (click) -> refresh());
		refresh.setId("moderation-refresh");
		add(new H2(getTranslation("moderation.title")), refresh, new H3(getTranslation("moderation.pending")),
				this.pendingCount, this.pending, new H3(getTranslation("moderation.shown")), this.shown);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("moderation.title");
	}

	@Override
	protected void onAttach(AttachEvent attach) {
		refresh();
		attach.getUI().setPollInterval(5000);
		attach.getUI().addPollListener((poll) -> refresh());
	}

	private void refresh() {
		this.pending.removeAll();
		this.shown.removeAll();
		WeddingEvent event = this.events.current().orElse(null);
		if (event == null) {
			this.pendingCount.setText(getTranslation("board.no-event"));
			return;
		}
		List<Showcased> queue = this.leaderboard.queue(event.id(), 100);
		this.pendingCount.setText(event.preModeration() ? getTranslation("moderation.pending.count", queue.size())
				: getTranslation("moderation.off"));
		queue.forEach((photo) -> this.pending.add(card(event, photo, true)));
		this.leaderboard.shown(event.id(), SHOWN).forEach((photo) -> this.shown.add(card(event, photo, false)));
	}

	private Component card(WeddingEvent event, Showcased photo, boolean awaiting) {
		Div card = new Div();
		card.addClassName(awaiting ? "moderation-pending-photo" : "moderation-shown-photo");
		card.getStyle()
			.set("width", "180px")
			.set("padding", "var(--lumo-space-s)")
			.set("border", "1px solid var(--lumo-contrast-10pct)")
			.set("border-radius", "var(--lumo-border-radius-l)");
		Image image = new Image(this.leaderboard.photoUrl(photo.s3Key()), getTranslation("board.photo"));
		image.setWidth("160px");
		card.add(image, new Div(
				photo.displayName() + " · " + NumberFormat.getIntegerInstance(getLocale()).format(photo.power())));
		if (awaiting) {
			Button approve = new Button(getTranslation("moderation.approve"), (click) -> {
				this.leaderboard.approve(event.id(), photo.userId(), photo.imageId());
				this.audit.record(
						AuditEntry.action(who(), AuditAction.PHOTO_APPROVE, photo.userId() + "/" + photo.imageId()));
				refresh();
			});
			approve.addClassName("moderation-approve");
			approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
			card.add(approve);
		}
		Button hide = new Button(getTranslation("moderation.hide"), (click) -> {
			this.submissions.setHidden(new PhotoKey(photo.userId(), photo.imageId()), true);
			this.audit.record(AuditEntry.action(who(), AuditAction.PHOTO_HIDE, photo.userId() + "/" + photo.imageId()));
			refresh();
		});
		hide.addClassName("moderation-hide");
		hide.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
		card.add(hide);
		return card;
	}

	private String who() {
		return this.authentication.getPrincipalName().orElse("?");
	}

}
