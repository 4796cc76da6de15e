package com.happinessscouter.operations.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.happinessscouter.operations.CostEstimate;
import com.happinessscouter.operations.CostProperties;
import com.happinessscouter.operations.UsageMeter;
import com.happinessscouter.submission.Submissions;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Admins' cost page: this month's usage (all instances) times the configured prices, so
 * far and projected to the month's end, next to what 1,000 photos a month cost.
 */
@Route("cost")
@Menu(order = 75, title = "cost.menu")
@RolesAllowed("ADMIN")
public class CostView extends VerticalLayout implements HasDynamicTitle {

	public CostView(UsageMeter usage, Submissions submissions, CostProperties prices, Clock clock) {
		usage.flush();
		Submissions.Stored stored = submissions.stored();
		CostEstimate estimate = CostEstimate.of(usage.thisMonth(), stored.bytes(), prices,
				LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
		Grid<CostEstimate.Line> lines = new Grid<>();
		lines.setId("cost-lines");
		lines.addColumn((line) -> getTranslation("cost.item." + line.item()))
			.setHeader(getTranslation("cost.item"))
			.setAutoWidth(true);
		lines.addColumn((line) -> line.used().stripTrailingZeros().toPlainString())
			.setHeader(getTranslation("cost.used"));
		lines.addColumn((line) -> "$" + line.price().toPlainString() + " / " + line.unit())
			.setHeader(getTranslation("cost.price"));
		lines.addColumn((line) -> "$" + line.cost().toPlainString()).setHeader(getTranslation("cost.so-far"));
		lines.addColumn((line) -> "$" + line.projected().toPlainString()).setHeader(getTranslation("cost.projected"));
		lines.setItems(estimate.lines());
		lines.setAllRowsVisible(true);
		Span total = new Span(getTranslation("cost.total", usage.month().toString(), estimate.total().toPlainString(),
				estimate.projected().toPlainString()));
		total.setId("cost-total");
		Span reference = new Span(getTranslation("cost.reference", estimate.thousandPhotos().toPlainString()));
		reference.setId("cost-reference");
		add(new H2(getTranslation("cost.title")), total, lines, reference,
				new Paragraph(getTranslation("cost.stored", stored.photos())),
				new Paragraph(getTranslation("cost.note")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("cost.title");
	}

}
