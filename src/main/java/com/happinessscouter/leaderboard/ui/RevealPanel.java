package com.happinessscouter.leaderboard.ui;

import java.util.List;

import com.happinessscouter.leaderboard.Standing;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;

/**
 * The final reveal on the big screen: places N to 1 come out one by one; the newest in
 * the spotlight, those before it listed below; the winner last, celebrated (confetti and
 * glow, CSS only).
 */
class RevealPanel extends Div {

	private static final int CONFETTI = 24;

	private final BoardTexts texts;

	private final Div title = new Div();

	private final Div spotlight = new Div();

	private final Div earlier = new Div();

	private String shown;

	RevealPanel(BoardTexts texts) {
		this.texts = texts;
		addClassName("board-reveal");
		setId("board-reveal");
		this.title.addClassName("board-reveal-title");
		this.spotlight.addClassName("board-reveal-spotlight");
		this.spotlight.setId("board-reveal-spotlight");
		this.earlier.addClassName("board-reveal-earlier");
		this.earlier.setId("board-reveal-earlier");
		add(this.title, this.spotlight, this.earlier);
	}

	/**
	 * @param standings the final top places, best first
	 * @param places N: the reveal goes from place N to 1
	 * @param revealed how many places are out, the lowest first
	 */
	void show(List<Standing> standings, int places, int revealed) {
		String key = standings + "/" + places + "/" + revealed;
		if (key.equals(this.shown)) {
			return;
		}
		this.shown = key;
		this.title.setText(getTranslation("board.reveal.title"));
		this.spotlight.removeAll();
		this.earlier.removeAll();
		if (revealed == 0) {
			Div intro = new Div(getTranslation("board.reveal.intro", places));
			intro.addClassName("board-reveal-intro");
			this.spotlight.add(intro);
			return;
		}
		int newest = places - revealed + 1;
		this.spotlight.add(place(standings.get(newest - 1), true));
		for (int rank = newest + 1; rank <= places; rank++) {
			this.earlier.add(place(standings.get(rank - 1), false));
		}
	}

	private Div place(Standing standing, boolean newest) {
		Div place = new Div();
		place.addClassName("board-reveal-place");
		place.getElement().setAttribute("data-rank", Integer.toString(standing.rank()));
		Div rank = new Div(getTranslation("board.place", standing.rank()));
		rank.addClassName("board-reveal-rank");
		place.add(rank);
		Image photo = newest ? this.texts.photo(standing.photoS3Key()) : null;
		if (photo != null) {
			place.add(photo);
		}
		Div name = new Div(this.texts.name(standing));
		name.addClassName("board-reveal-name");
		Div power = new Div(this.texts.power(standing.power()));
		power.addClassName("board-reveal-power");
		place.add(name, power);
		if (newest) {
			place.addClassName("latest");
		}
		if (newest && standing.rank() == 1) {
			place.addClassName("celebrate");
			place.add(confetti());
		}
		return place;
	}

	/** Pieces the CSS throws about (each its own position, delay and colour). */
	private static Div confetti() {
		Div confetti = new Div();
		confetti.addClassName("board-confetti");
		for (int i = 0; i < CONFETTI; i++) {
			Div piece = new Div();
			piece.getStyle().set("--i", Integer.toString(i));
			confetti.add(piece);
		}
		return confetti;
	}

}
