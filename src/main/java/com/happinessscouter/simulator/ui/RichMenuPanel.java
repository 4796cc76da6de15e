package com.happinessscouter.simulator.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.happinessscouter.simulator.SimulatorRichMenus;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;

/**
 * The rich menu under a guest's chat, as the LINE app shows it: the menu's image, each
 * area a tappable region that sends the area's text as the guest's message.
 */
class RichMenuPanel extends Div {

	private final SimulatorRichMenus menus;

	private final Consumer<String> send;

	private String shownId;

	RichMenuPanel(SimulatorRichMenus menus, String title, Consumer<String> send) {
		this.menus = menus;
		this.send = send;
		setId("sim-richmenu");
		setWidthFull();
		getElement().setAttribute("aria-label", title);
		setVisible(false);
	}

	/** Shows the menu this guest sees now (nothing when there is none). */
	void show(String userId) {
		SimulatorRichMenus.Menu menu = (userId != null) ? this.menus.shownTo(userId).orElse(null) : null;
		String id = (menu != null) ? menu.id() : null;
		if (id != null && id.equals(this.shownId)) {
			return;
		}
		this.shownId = id;
		removeAll();
		setVisible(menu != null);
		if (menu != null) {
			draw(menu);
		}
	}

	private void draw(SimulatorRichMenus.Menu menu) {
		Div frame = new Div();
		frame.getStyle().set("position", "relative").set("width", "100%").set("line-height", "0");
		Image image = new Image("v2/bot/richmenu/" + menu.id() + "/content", menu.name());
		image.setWidthFull();
		frame.add(image);
		for (JsonNode area : menu.areas()) {
			frame.add(area(area, menu.width(), menu.height()));
		}
		add(frame);
		getElement().setAttribute("data-menu-id", menu.id());
	}

	private Div area(JsonNode area, int width, int height) {
		JsonNode bounds = area.path("bounds");
		String text = area.path("action").path("text").asText();
		String label = area.path("action").path("label").asText(text);
		Div region = new Div(new Span());
		region.addClassName("sim-richmenu-area");
		region.getElement().setAttribute("role", "button");
		region.getElement().setAttribute("aria-label", label);
		region.getElement().setAttribute("title", label);
		region.getStyle()
			.set("position", "absolute")
			.set("cursor", "pointer")
			.set("left", percent(bounds.path("x").asInt(), width))
			.set("top", percent(bounds.path("y").asInt(), height))
			.set("width", percent(bounds.path("width").asInt(), width))
			.set("height", percent(bounds.path("height").asInt(), height));
		region.addClickListener((click) -> this.send.accept(text));
		return region;
	}

	private static String percent(int part, int whole) {
		return String.format(Locale.ROOT, "%.4f%%", 100.0 * part / whole);
	}

}
