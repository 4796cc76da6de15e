package com.happinessscouter.console.ui;

import java.time.format.DateTimeFormatter;

import com.happinessscouter.audit.AuditEntry;
import com.happinessscouter.audit.AuditLog;
import com.happinessscouter.console.ConsoleTime;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** What admins and hosts did, newest first, filterable. */
@Route("audit")
@Menu(order = 90, title = "audit.menu")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

	public AuditView(AuditLog audit, ConsoleTime time) {
		DateTimeFormatter at = time.formatter("yyyy-MM-dd HH:mm:ss");
		Grid<AuditEntry> grid = new Grid<>();
		grid.setId("audit-grid");
		grid.addColumn((entry) -> at.format(entry.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
		grid.addColumn(AuditEntry::who).setHeader(getTranslation("audit.who"));
		grid.addColumn((entry) -> getTranslation("audit.action." + entry.action().name()))
			.setHeader(getTranslation("audit.action"));
		grid.addColumn(AuditEntry::target).setHeader(getTranslation("audit.target"));
		grid.addColumn(AuditEntry::to).setHeader(getTranslation("audit.detail"));
		grid.addColumn((entry) -> getTranslation("audit.outcome." + entry.outcome().name()))
			.setHeader(getTranslation("audit.outcome"));
		TextField filter = new TextField();
		filter.setId("audit-filter");
		filter.setPlaceholder(getTranslation("audit.filter"));
		filter.setValueChangeMode(ValueChangeMode.LAZY);
		filter.addValueChangeListener((change) -> grid.setItems(audit.latest(200, change.getValue())));
		grid.setItems(audit.latest(200, ""));
		add(new H2(getTranslation("audit.title")), filter, grid);
		setSizeFull();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("audit.title");
	}

}
