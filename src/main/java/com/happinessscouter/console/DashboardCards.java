package com.happinessscouter.console;

import java.util.Comparator;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Collects every module's {@link DashboardCard} for the dashboard: the ones the signed-in
 * user's role may see, in their order.
 */
@org.springframework.stereotype.Component
public class DashboardCards {

	private final ObjectProvider<DashboardCard> cards;

	/** Asked per request: the provisioning run has no web security, and no dashboard. */
	private final ObjectProvider<AuthenticationContext> authentication;

	DashboardCards(ObjectProvider<DashboardCard> cards, ObjectProvider<AuthenticationContext> authentication) {
		this.cards = cards;
		this.authentication = authentication;
	}

	/**
	 * The row of cards (id {@code dashboard-cards}), hidden when the user may see none.
	 */
	public Div row() {
		Div row = new Div();
		row.setId("dashboard-cards");
		row.addClassName("dashboard-cards");
		this.cards.stream()
			.filter((card) -> this.authentication.getObject().hasRole(card.role()))
			.sorted(Comparator.comparingInt(DashboardCard::order))
			.map(DashboardCard::create)
			.forEach(row::add);
		row.setVisible(row.getComponentCount() > 0);
		return row;
	}

}
