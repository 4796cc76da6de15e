package com.happinessscouter.console.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings: the Lumo theme plus our own style sheets (no frontend build
 * needed), and server push (the big screen moves live).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/console.css")
@StyleSheet("styles/simulator.css")
@StyleSheet("styles/board.css")
@Push
public class ConsoleShell implements AppShellConfigurator {

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
	}

}
