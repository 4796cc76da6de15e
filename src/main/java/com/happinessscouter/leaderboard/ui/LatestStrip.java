package com.happinessscouter.leaderboard.ui;

import java.util.List;

import com.happinessscouter.leaderboard.Leaderboard;
import com.happinessscouter.leaderboard.Showcased;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;

/** The "latest smiles" strip along the bottom of the big screen. */
class LatestStrip extends Div {

	private static final int SCROLLING_STRIP = 6;

	private final Leaderboard leaderboard;

	private List<String> shown = List.of();

	LatestStrip(Leaderboard leaderboard) {
		this.leaderboard = leaderboard;
		addClassName("board-strip");
		setId("board-strip");
	}

	void show(List<Showcased> recent) {
		List<String> ids = recent.stream().map((photo) -> photo.userId() + "#" + photo.imageId()).toList();
		if (ids.equals(this.shown)) {
			return;
		}
		this.shown = ids;
		removeAll();
		if (recent.isEmpty()) {
			return;
		}
		Div track = new Div();
		track.addClassName("board-strip-track");
		// a long strip scrolls (two copies make the loop seamless); a short one stands
		// still
		boolean scrolls = recent.size() >= SCROLLING_STRIP;
		track.setClassName("still", !scrolls);
		for (int copy = 0; copy < (scrolls ? 2 : 1); copy++) {
			for (Showcased photo : recent) {
				Image image = new Image(this.leaderboard.photoUrl(photo.s3Key()), getTranslation("board.photo"));
				image.addClassName("board-strip-photo");
				track.add(image);
			}
		}
		add(new Span(getTranslation("board.latest")), track);
	}

}
