package com.happinessscouter.console;

import com.vaadin.flow.component.Component;

/**
 * One card at the top of the dashboard, contributed as a Spring bean by the module that
 * owns its figures (in that module's {@code ui} package), so the dashboard knows none of
 * those modules. The dashboard shows the cards whose {@link #role()} the user has, by
 * {@link #order()}. A card with one figure is one small class:
 *
 * <pre>
 * &#64;Component
 * class PendingCard implements DashboardCard {
 *     public int order() { return 40; }
 *     public Component create() {
 *         return DashboardTile.figure("card-pending", "dashboard.card.pending", SomeView.class,
 *                 this.submissions::pending);
 *     }
 * }
 * </pre>
 */
public interface DashboardCard {

	/**
	 * Place in the row, lowest first: 10 LINE usage, 20 throttle, 30 retention, 40
	 * pending answers.
	 */
	int order();

	/**
	 * The role a user needs to see the card ({@code ADMIN} or {@code HOST}); admins' by
	 * default.
	 */
	default String role() {
		return "ADMIN";
	}

	/**
	 * A new card for one dashboard (usually a {@link DashboardTile}; it refreshes itself
	 * on the dashboard's poll).
	 */
	Component create();

}
