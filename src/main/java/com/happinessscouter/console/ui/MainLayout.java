package com.happinessscouter.console.ui;

import java.util.Locale;

import com.happinessscouter.console.ConsolePreferences;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The console's frame: title, the pages this user may open, the language switch and
 * sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

	public MainLayout(AuthenticationContext authentication, ConsolePreferences preferences) {
		Span title = new Span(getTranslation("console.app.title"));
		title.addClassName("console-title");
		Button logout = new Button(getTranslation("console.logout"), (click) -> authentication.logout());
		logout.addClassName("console-logout");
		addToNavbar(new DrawerToggle(), title, language(authentication, preferences), logout);
		addToDrawer(navigation());
	}

	/** 日本語 / English, remembered for the user's next sign-in. */
	private Select<Locale> language(AuthenticationContext authentication, ConsolePreferences preferences) {
		Select<Locale> language = new Select<>();
		language.setId("console-language");
		language.setItems(ConsolePreferences.JAPANESE, ConsolePreferences.ENGLISH);
		language.setItemLabelGenerator((locale) -> (locale == ConsolePreferences.JAPANESE) ? "日本語" : "English");
		language.setValue(ConsolePreferences.supported(getLocale()));
		language.addValueChangeListener((change) -> {
			if (!change.isFromClient() || change.getValue() == null) {
				return;
			}
			authentication.getPrincipalName().ifPresent((user) -> preferences.language(user, change.getValue()));
			VaadinSession.getCurrent().setLocale(change.getValue());
			getUI().ifPresent((ui) -> ui.getPage().reload());
		});
		return language;
	}

	private SideNav navigation() {
		SideNav nav = new SideNav();
		for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
			nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
		}
		return nav;
	}

}
