package com.happinessscouter.console.ui;

import java.time.format.DateTimeFormatter;

import com.happinessscouter.console.AdminAudit;
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

/** What admins did to guests and photos, newest first, filterable. */
@Route("audit")
@Menu(order = 90, title = "audit.menu")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

	public AuditView(AdminAudit audit, ConsoleTime time) {
		DateTimeFormatter at = time.formatter("yyyy-MM-dd HH:mm:ss");
		Grid<AdminAudit.Entry> grid = new Grid<>();
		grid.setId("audit-grid");
		grid.addColumn((entry) -> at.format(entry.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
		grid.addColumn(AdminAudit.Entry::who).setHeader(getTranslation("audit.who"));
		grid.addColumn(AdminAudit.Entry::action).setHeader(getTranslation("audit.action"));
		grid.addColumn(AdminAudit.Entry::target).setHeader(getTranslation("audit.target"));
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
