package com.happinessscouter.console;

import java.util.Map;

import com.vaadin.flow.component.grid.Grid;

/**
 * The audit trail of a setting (when, who, from, to, reason), as the quota and retention
 * pages show it.
 */
public class ChangeLogGrid extends Grid<Map<String, String>> {

	public ChangeLogGrid() {
		for (String column : new String[] { "at", "who", "from", "to", "reason" }) {
			addColumn((row) -> row.get(column)).setHeader(getTranslation("quota.audit." + column)).setAutoWidth(true);
		}
		setAllRowsVisible(true);
	}

}
