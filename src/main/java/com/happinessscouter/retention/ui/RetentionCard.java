package com.happinessscouter.retention.ui;

import java.time.Clock;

import com.happinessscouter.console.DashboardCard;
import com.happinessscouter.console.DashboardTile;
import com.happinessscouter.retention.ExpiringPhotos;
import com.happinessscouter.retention.Retention;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/**
 * The dashboard's retention card (admins): how many days photos are kept and how many
 * expire in the next 7 days; links to the retention page.
 */
@org.springframework.stereotype.Component
class RetentionCard implements DashboardCard {

	private final Retention retention;

	private final ExpiringSoon soon;

	RetentionCard(Retention retention, ExpiringPhotos expiring, Clock clock) {
		this.retention = retention;
		this.soon = new ExpiringSoon(expiring, clock);
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Component create() {
		Span days = DashboardTile.figureSpan("card-retention-days");
		Span expiring = DashboardTile.detailSpan("card-retention-expiring");
		DashboardTile tile = new DashboardTile("card-retention", "dashboard.card.retention", RetentionView.class,
				() -> {
					days.setText(days.getTranslation("dashboard.card.retention.days",
							this.retention.settings().photoDays()));
					expiring.setText(expiring.getTranslation("retention.soon", this.soon.count()));
				});
		tile.add(days, expiring);
		return tile;
	}

}
