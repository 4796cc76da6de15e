package com.happinessscouter.console.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Where hosts and admins land after signing in: the menu shows what they may open. */
@Route("")
@Menu(order = 0, title = "console.home.title")
@PermitAll
public class ConsoleHome extends VerticalLayout implements HasDynamicTitle {

	public ConsoleHome() {
		add(new H2(getTranslation("console.home.title")), new Paragraph(getTranslation("console.home.lead")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("console.app.title");
	}

}
