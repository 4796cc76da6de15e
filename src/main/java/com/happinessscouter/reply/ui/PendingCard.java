package com.happinessscouter.reply.ui;

import com.happinessscouter.console.DashboardCard;
import com.happinessscouter.console.DashboardTile;
import com.happinessscouter.quota.ui.QuotaView;
import com.happinessscouter.submission.Submissions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/**
 * The dashboard's pending-answers card (admins): scores waiting for their guest's next
 * message, from a count kept at write time; links to the LINE messages page, where an
 * admin may choose to push late results instead.
 */
@org.springframework.stereotype.Component
class PendingCard implements DashboardCard {

	private final Submissions submissions;

	PendingCard(Submissions submissions) {
		this.submissions = submissions;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Component create() {
		DashboardTile tile = DashboardTile.figure("card-pending", "dashboard.card.pending", QuotaView.class,
				this.submissions::pendingAnswers);
		Span detail = DashboardTile.detailSpan("card-pending-detail");
		detail.setText(detail.getTranslation("dashboard.card.pending.detail"));
		tile.add(detail);
		return tile;
	}

}
