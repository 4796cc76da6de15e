package com.happinessscouter.quota.ui;

import com.happinessscouter.console.DashboardCard;
import com.happinessscouter.console.DashboardTile;
import com.happinessscouter.quota.QuotaSnapshot;
import com.happinessscouter.quota.QuotaStatus;
import com.happinessscouter.quota.Throttle;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * The dashboard's LINE usage card (admins): this month's messages used against the limit
 * as a bar, from the last poll; links to the LINE usage page.
 */
@org.springframework.stereotype.Component
class UsageCard implements DashboardCard {

	private final Throttle throttle;

	UsageCard(Throttle throttle) {
		this.throttle = throttle;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Component create() {
		Span figure = DashboardTile.figureSpan("card-usage-figure");
		ProgressBar bar = new ProgressBar(0, 1, 0);
		bar.setId("card-usage-bar");
		Span detail = DashboardTile.detailSpan("card-usage-detail");
		DashboardTile tile = new DashboardTile("card-usage", "dashboard.card.usage", QuotaView.class,
				() -> show(figure, bar, detail));
		tile.add(figure, bar, detail);
		return tile;
	}

	private void show(Span figure, ProgressBar bar, Span detail) {
		QuotaStatus status = this.throttle.status();
		QuotaSnapshot last = status.last();
		boolean limited = last != null && last.limited() && last.limit() != null;
		bar.setVisible(limited);
		if (last == null) {
			figure.setText("–");
			detail.setText(figure.getTranslation("quota.never-polled"));
		}
		else if (!limited) {
			figure.setText(figure.getTranslation("dashboard.card.usage.figure-unlimited", last.used()));
			detail.setText(figure.getTranslation("dashboard.card.usage.unlimited"));
		}
		else {
			figure.setText(figure.getTranslation("dashboard.card.usage.figure", last.used(), last.limit()));
			UsageBar.show(bar, last);
			detail.setText(figure.getTranslation("dashboard.card.usage.left", status.remaining(this.throttle.month())));
		}
	}

}
