package com.happinessscouter.leaderboard.ui;

import java.time.Instant;
import java.util.List;

import com.happinessscouter.leaderboard.Showcased;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;

/**
 * The photo wall on the big screen: a page of shown photos, each with the guest's name
 * and power, turning as {@link WallRotation} says.
 */
class WallPanel extends Div {

	private final BoardTexts texts;

	private final WallRotation rotation;

	private List<Showcased> shown = List.of();

	WallPanel(BoardTexts texts, WallRotation rotation) {
		this.texts = texts;
		this.rotation = rotation;
		addClassName("board-wall");
		setId("board-wall");
	}

	/** Whether there is anything to show. */
	boolean show(Instant now, List<Showcased> photos) {
		List<Showcased> page = this.rotation.page(now, photos);
		if (!page.equals(this.shown)) {
			this.shown = page;
			removeAll();
			getStyle().set("--tiles", Integer.toString(page.size()));
			page.forEach((photo) -> add(tile(photo)));
		}
		return !page.isEmpty();
	}

	private Div tile(Showcased photo) {
		Image image = this.texts.photo(photo.s3Key());
		Div name = new Div(this.texts.name(photo));
		name.addClassName("board-wall-name");
		Div power = new Div(this.texts.power(photo.power()));
		power.addClassName("board-wall-power");
		Div caption = new Div(name, power);
		caption.addClassName("board-wall-caption");
		Div tile = new Div(image, caption);
		tile.addClassName("board-wall-tile");
		tile.getElement().setAttribute("data-photo", WallRotation.id(photo));
		return tile;
	}

}
