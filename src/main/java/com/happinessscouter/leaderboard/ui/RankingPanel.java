package com.happinessscouter.leaderboard.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.happinessscouter.leaderboard.Standing;
import com.vaadin.flow.component.html.Div;

/**
 * The live ranking on the big screen: one {@link BoardRow} per guest, kept while they
 * move so rank changes glide.
 */
class RankingPanel extends Div {

	private final BoardTexts texts;

	private final Map<String, BoardRow> rows = new HashMap<>();

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
		Map<String, Standing> now = new HashMap<>();
		standings.forEach((standing) -> now.put(standing.userId(), standing));
		this.rows.keySet().removeIf((userId) -> {
			if (!now.containsKey(userId)) {
				this.rows.get(userId).removeFromParent();
				return true;
			}
			return false;
		});
		for (Standing standing : standings) {
			BoardRow row = this.rows.computeIfAbsent(standing.userId(), (userId) -> {
				BoardRow created = new BoardRow();
				add(created);
				return created;
			});
			row.show(standing, this.texts.name(standing), this.texts.power(standing.power()), this.texts::photo);
		}
	}

}
