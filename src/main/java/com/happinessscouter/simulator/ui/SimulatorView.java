package com.happinessscouter.simulator.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.happinessscouter.simulator.ChatEntry;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorLedger;
import com.happinessscouter.simulator.SimulatorRichMenus;
import com.happinessscouter.simulator.WebhookSender;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The local LINE simulator: pick or create a guest, send photos (your own or the bundled
 * samples) and texts through the real signed webhook, and watch the bot's replies arrive
 * as the LINE app would show them. Routed only in the {@code local} profile.
 */
@AnonymousAllowed
public class SimulatorView extends VerticalLayout implements HasDynamicTitle {

	static final List<String> SAMPLES = List.of("group-smiles", "portrait");

	private final SimulatorLedger ledger;

	private final WebhookSender sender;

	private final Select<SimulatedGuest> guests = new Select<>();

	private final Div chat = new Div();

	private final Span status = new Span();

	private final RichMenuPanel richMenu;

	private int shown = -1;

	public SimulatorView(SimulatorLedger ledger, WebhookSender sender, SimulatorRichMenus richMenus) {
		this.ledger = ledger;
		this.sender = sender;
		this.richMenu = new RichMenuPanel(richMenus, getTranslation("simulator.richmenu"),
				(text) -> report(this.sender.sendText(currentGuest(), text)));
		addClassName("sim-page");
		setMaxWidth("720px");
		this.guests.setLabel(getTranslation("simulator.guest"));
		this.guests.setItemLabelGenerator((guest) -> guest.displayName() + " (" + guest.language() + ")");
		this.guests.setId("sim-guest");
		this.guests.addValueChangeListener((change) -> refresh(true));
		this.chat.addClassName("sim-chat");
		this.chat.setId("sim-chat");
		this.chat.setHeight("60vh");
		this.chat.setWidthFull();
		this.status.setId("sim-status");
		add(new H2(getTranslation("simulator.title")), guestBar(), this.chat, this.richMenu, composer(), sampleBar(),
				this.status);
		refreshGuests(null);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("simulator.title");
	}

	@Override
	protected void onAttach(AttachEvent attach) {
		UI ui = attach.getUI();
		ui.setPollInterval(700);
		ui.addPollListener((poll) -> refresh(false));
	}

	private Component guestBar() {
		TextField name = new TextField(getTranslation("simulator.new-guest.name"));
		name.setId("sim-new-guest-name");
		Select<String> language = new Select<>();
		language.setLabel(getTranslation("simulator.new-guest.language"));
		language.setItems("ja", "en");
		language.setValue(getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage()) ? "en" : "ja");
		language.setId("sim-new-guest-language");
		Button add = new Button(getTranslation("simulator.new-guest.add"), (click) -> {
			SimulatedGuest guest = newGuest(name.getValue(), language.getValue());
			name.clear();
			report(this.sender.follow(guest));
		});
		add.setId("sim-new-guest");
		HorizontalLayout bar = new HorizontalLayout(this.guests, name, language, add);
		bar.setAlignItems(Alignment.BASELINE);
		bar.setWrap(true);
		return bar;
	}

	private Component composer() {
		TextField text = new TextField();
		text.setPlaceholder(getTranslation("simulator.text.placeholder"));
		text.setId("sim-text");
		text.setWidthFull();
		Button send = new Button(getTranslation("simulator.text.send"), (click) -> {
			if (!text.getValue().isBlank()) {
				report(this.sender.sendText(currentGuest(), text.getValue()));
				text.clear();
			}
		});
		send.addClickShortcut(Key.ENTER);
		send.setId("sim-send-text");
		Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
			int status = this.sender.sendPhoto(currentGuest(), bytes, metadata.contentType());
			getUI().ifPresent((ui) -> ui.access(() -> report(status)));
		}));
		upload.setId("sim-upload");
		upload.setMaxFileSize(64 * 1024 * 1024);
		upload.setMaxFiles(20);
		upload.setDropLabel(new Span(getTranslation("simulator.upload.drop")));
		HorizontalLayout row = new HorizontalLayout(text, send);
		row.setWidthFull();
		VerticalLayout composer = new VerticalLayout(row, upload);
		composer.setPadding(false);
		return composer;
	}

	private Component sampleBar() {
		HorizontalLayout bar = new HorizontalLayout(new Span(getTranslation("simulator.samples")));
		bar.setAlignItems(Alignment.BASELINE);
		for (String sample : SAMPLES) {
			Button button = new Button(getTranslation("simulator.sample." + sample),
					(click) -> report(this.sender.sendPhoto(currentGuest(), sample(sample), "image/jpeg")));
			button.setId("sim-sample-" + sample);
			bar.add(button);
		}
		return bar;
	}

	private SimulatedGuest currentGuest() {
		SimulatedGuest guest = this.guests.getValue();
		return (guest != null) ? guest : newGuest("", getLocale().getLanguage().equals("en") ? "en" : "ja");
	}

	private SimulatedGuest newGuest(String name, String language) {
		int number = this.ledger.guests().size() + 1;
		String displayName = name.isBlank() ? getTranslation("simulator.guest.default-name", number) : name.strip();
		SimulatedGuest guest = new SimulatedGuest(SimulatedGuests.newUserId(), displayName, language);
		this.ledger.addGuest(guest);
		refreshGuests(guest);
		return guest;
	}

	private void refreshGuests(SimulatedGuest select) {
		List<SimulatedGuest> all = SimulatedGuests.sorted(this.ledger.guests());
		this.guests.setItems(all);
		if (select != null) {
			this.guests.setValue(select);
		}
		else if (!all.isEmpty()) {
			this.guests.setValue(all.getFirst());
		}
	}

	private void refresh(boolean force) {
		SimulatedGuest guest = this.guests.getValue();
		List<ChatEntry> entries = (guest != null) ? this.ledger.chat(guest.userId()) : List.of();
		this.richMenu.show((guest != null) ? guest.userId() : null);
		if (!force && entries.size() == this.shown) {
			return;
		}
		this.shown = entries.size();
		this.chat.removeAll();
		for (ChatEntry entry : entries) {
			this.chat.add(entry.fromGuest() ? guestMessage(entry) : FlexRenderer.render(entry.message()));
		}
		this.chat.getElement().executeJs("this.scrollTop = this.scrollHeight");
	}

	private Component guestMessage(ChatEntry entry) {
		String type = entry.message().path("type").asText();
		if ("image".equals(type)) {
			return FlexRenderer.guestPhoto(SimulatorLedger.contentPath(entry.message().path("id").asText()),
					getTranslation("simulator.photo-sent"));
		}
		return FlexRenderer.guestText(entry.message().path("text").asText());
	}

	private void report(int httpStatus) {
		this.status.setText(getTranslation("simulator.webhook-status", httpStatus));
		if (httpStatus != 200) {
			Notification.show(getTranslation("simulator.webhook-failed", httpStatus));
		}
		refresh(true);
	}

	private static byte[] sample(String name) {
		try (InputStream in = SimulatorView.class.getResourceAsStream("/simulator/samples/" + name + ".jpg")) {
			if (in == null) {
				throw new IllegalStateException("Missing sample photo " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
