package com.happinessscouter.leaderboard.ui;

import java.util.Objects;
import java.util.function.Function;

import com.happinessscouter.leaderboard.Standing;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;

/**
 * One guest's row on the big screen. The row stays the same element while its guest
 * moves, so a rank change glides (a CSS transition on its position).
 */
class BoardRow extends Div {

	private final Span rank = new Span();

	private final Div photo = new Div();

	private final Span name = new Span();

	private final Span power = new Span();

	private String photoKey;

	BoardRow() {
		addClassName("board-row");
		this.rank.addClassName("board-rank");
		this.photo.addClassName("board-photo-frame");
		this.name.addClassName("board-name");
		this.power.addClassName("board-power");
		add(this.rank, this.photo, this.name, this.power);
	}

	/** {@code photos} makes the thumbnail, only when the row's photo changed. */
	void show(Standing standing, String name, String power, Function<String, Image> photos) {
		getStyle().set("--rank", Integer.toString(standing.rank() - 1));
		getElement().setAttribute("data-rank", Integer.toString(standing.rank()));
		this.rank.setText(Integer.toString(standing.rank()));
		this.name.setText(name);
		this.power.setText(power);
		if (!Objects.equals(this.photoKey, standing.photoS3Key())) {
			this.photoKey = standing.photoS3Key();
			this.photo.removeAll();
			if (this.photoKey != null) {
				this.photo.add(photos.apply(this.photoKey));
			}
		}
		setClassName("top-three", standing.rank() <= 3);
	}

}
