package com.happinessscouter.leaderboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

/** A printable page's "Print" button, left off the paper by the print CSS. */
final class PrintActions {

	private PrintActions() {
	}

	static Div of(Component page) {
		Button print = new Button(page.getTranslation("card.print"),
				(click) -> page.getElement().executeJs("window.print()"));
		print.setId("print");
		Div actions = new Div(print);
		actions.addClassName("print-actions");
		return actions;
	}

}
