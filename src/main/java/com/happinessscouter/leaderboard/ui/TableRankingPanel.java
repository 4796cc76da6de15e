package com.happinessscouter.leaderboard.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.happinessscouter.tables.TableStanding;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The table teams' ranking beside the guests' on the big screen: each table's mean best
 * power, one row per table kept while it moves, so rank changes glide as the guests' do.
 */
class TableRankingPanel extends Div {

	private final BoardTexts texts;

	private final Div list = new Div();

	private final Div empty = new Div();

	private final KeptRows<Integer, Div> rows;

	private List<TableStanding> shown;

	TableRankingPanel(BoardTexts texts, int shown, int minMembers) {
		this.texts = texts;
		this.rows = new KeptRows<>(this.list, (number) -> {
			Div row = new Div();
			row.addClassName("board-table-row");
			row.getElement().setAttribute("data-table", Integer.toString(number));
			return row;
		});
		addClassName("board-tables");
		setId("board-tables");
		Div title = new Div(getTranslation("board.tables.title"));
		title.addClassName("board-tables-title");
		Div rule = new Div(getTranslation("board.tables.rule", minMembers));
		rule.addClassName("board-tables-rule");
		this.list.addClassName("board-tables-list");
		this.list.getStyle().set("--rows", Integer.toString(shown));
		this.empty.addClassName("board-tables-empty");
		this.empty.setId("board-tables-empty");
		this.empty.setText(getTranslation("board.tables.empty", minMembers));
		add(title, rule, this.empty, this.list);
	}

	void show(List<TableStanding> tables) {
		if (tables.equals(this.shown)) {
			return;
		}
		this.shown = tables;
		this.empty.setVisible(tables.isEmpty());
		this.rows.keepOnly(tables.stream().map(TableStanding::number).collect(Collectors.toSet()));
		for (TableStanding table : tables) {
			Div row = this.rows.row(table.number());
			row.getStyle().set("--rank", Integer.toString(table.rank() - 1));
			row.getElement().setAttribute("data-rank", Integer.toString(table.rank()));
			row.removeAll();
			row.add(span("board-table-rank", Integer.toString(table.rank())),
					span("board-table-name", getTranslation("board.tables.name", table.name())),
					span("board-table-members", getTranslation("board.tables.members", table.members())),
					span("board-table-power", this.texts.power(table.power())));
			row.setClassName("first", table.rank() == 1);
		}
	}

	private static Span span(String className, String text) {
		Span span = new Span(text);
		span.addClassName(className);
		return span;
	}

}
