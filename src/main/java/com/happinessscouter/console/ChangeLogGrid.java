package com.happinessscouter.console;

import java.time.format.DateTimeFormatter;

import com.happinessscouter.audit.AuditEntry;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;

/**
 * The audit trail of a setting (when, who, from, to, reason), as the quota and retention
 * pages show it.
 */
public class ChangeLogGrid extends Grid<AuditEntry> {

	public ChangeLogGrid() {
		column("at", (entry) -> DateTimeFormatter.ISO_INSTANT.format(entry.at()));
		column("who", AuditEntry::who);
		column("from", AuditEntry::from);
		column("to", AuditEntry::to);
		column("reason", AuditEntry::reason);
		setAllRowsVisible(true);
	}

	private void column(String name, ValueProvider<AuditEntry, String> value) {
		addColumn(value).setHeader(getTranslation("quota.audit." + name)).setAutoWidth(true);
	}

}
