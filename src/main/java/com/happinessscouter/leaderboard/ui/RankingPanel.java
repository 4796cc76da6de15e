package com.happinessscouter.leaderboard.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.happinessscouter.leaderboard.Standing;
import com.vaadin.flow.component.html.Div;

/**
 * The live ranking on the big screen: one {@link BoardRow} per guest, kept while they
 * move so rank changes glide ({@link KeptRows}).
 */
class RankingPanel extends Div {

	private final BoardTexts texts;

	private final KeptRows<String, BoardRow> rows = new KeptRows<>(this, (userId) -> new BoardRow());

	private List<Standing> shown;

	RankingPanel(BoardTexts texts, int top) {
		this.texts = texts;
		addClassName("board-list");
		setId("board-list");
		getStyle().set("--rows", Integer.toString(top));
	}

	void show(List<Standing> standings) {
		if (standings.equals(this.shown)) {
			return;
		}
		this.shown = standings;
		this.rows.keepOnly(standings.stream().map(Standing::userId).collect(Collectors.toSet()));
		for (Standing standing : standings) {
			this.rows.row(standing.userId())
				.show(standing, this.texts.name(standing), this.texts.power(standing.power()), this.texts::photo);
		}
	}

}
