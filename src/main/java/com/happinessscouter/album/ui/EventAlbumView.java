package com.happinessscouter.album.ui;

import java.io.OutputStream;
import java.text.NumberFormat;
import java.util.List;

import com.happinessscouter.album.AlbumPhoto;
import com.happinessscouter.album.Albums;
import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The couple's event album for hosts and admins: every photo of an event the big screen
 * may show, and the whole album as one ZIP (streamed, audited). {@code ?event=id} opens
 * an event; else the current or latest one.
 */
@Route("event-album")
@Menu(order = 26, title = "album.event.menu")
@RolesAllowed({ "ADMIN", "HOST" })
public class EventAlbumView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final Albums albums;

	private final Events events;

	private final AuthenticationContext authentication;

	private final Select<WeddingEvent> event = new Select<>();

	private final Span count = new Span();

	private final FlexLayout photos = new FlexLayout();

	private final Div download = new Div();

	public EventAlbumView(Albums albums, Events events, AuthenticationContext authentication) {
		this.albums = albums;
		this.events = events;
		this.authentication = authentication;
		this.event.setId("event-album-event");
		this.event.setLabel(getTranslation("album.event.event"));
		this.event.setItemLabelGenerator(WeddingEvent::name);
		this.event.addValueChangeListener((change) -> show(change.getValue()));
		this.count.setId("event-album-count");
		this.photos.setId("event-album-photos");
		this.photos.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		this.photos.getStyle().set("gap", "var(--lumo-space-m)");
		add(new H2(getTranslation("album.event.title")), this.event, this.count, this.download, this.photos);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("album.event.title");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent enter) {
		List<WeddingEvent> all = this.events.all();
		this.event.setItems(all);
		String wanted = enter.getLocation().getQueryParameters().getSingleParameter("event").orElse(null);
		all.stream()
			.filter((candidate) -> candidate.id().equals(wanted))
			.findFirst()
			.or(this.events::current)
			.or(() -> all.stream().findFirst())
			.ifPresent(this.event::setValue);
	}

	private void show(WeddingEvent chosen) {
		this.photos.removeAll();
		this.download.removeAll();
		if (chosen == null) {
			return;
		}
		List<AlbumPhoto> shown = this.albums.ofEvent(chosen.id());
		this.count.setText(getTranslation("album.event.count", shown.size()));
		shown.forEach((photo) -> this.photos.add(card(photo)));
		Anchor zip = new Anchor((DownloadEvent download) -> {
			download.setFileName("album-" + chosen.id() + ".zip");
			download.setContentType("application/zip");
			try (OutputStream out = download.getOutputStream()) {
				this.albums.writeEventZip(chosen.id(), who(), out);
			}
		}, getTranslation("album.event.zip"));
		zip.setId("event-album-zip");
		this.download.add(zip);
	}

	private Component card(AlbumPhoto photo) {
		Div card = new Div();
		card.addClassName("event-album-photo");
		card.getElement().setAttribute("data-image", photo.imageId());
		card.getStyle().set("width", "180px");
		Image image = new Image(this.albums.previewUrl(photo), getTranslation("board.photo"));
		image.setWidth("180px");
		String name = photo.name().isBlank() ? getTranslation("album.event.guest") : photo.name();
		card.add(image, new Div(name + " · " + NumberFormat.getIntegerInstance(getLocale()).format(photo.power())));
		return card;
	}

	private String who() {
		return this.authentication.getPrincipalName().orElse("?");
	}

}
