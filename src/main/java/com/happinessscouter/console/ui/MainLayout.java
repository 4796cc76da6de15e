package com.happinessscouter.console.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The console's frame: title, the pages this user may open, and sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

	public MainLayout(AuthenticationContext authentication) {
		Span title = new Span(getTranslation("console.app.title"));
		title.addClassName("console-title");
		Button logout = new Button(getTranslation("console.logout"), (click) -> authentication.logout());
		logout.addClassName("console-logout");
		addToNavbar(new DrawerToggle(), title, logout);
		addToDrawer(navigation());
	}

	private SideNav navigation() {
		SideNav nav = new SideNav();
		for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
			nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
		}
		return nav;
	}

}
