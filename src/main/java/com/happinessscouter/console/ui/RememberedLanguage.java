package com.happinessscouter.console.ui;

import com.happinessscouter.console.ConsolePreferences;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Each new page of a signed-in user opens in the language they chose last time. */
@Component
class RememberedLanguage implements VaadinServiceInitListener {

	private final ConsolePreferences preferences;

	RememberedLanguage(ConsolePreferences preferences) {
		this.preferences = preferences;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener((init) -> {
			Authentication user = SecurityContextHolder.getContext().getAuthentication();
			if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
				return;
			}
			this.preferences.language(user.getName()).ifPresent((language) -> {
				VaadinSession.getCurrent().setLocale(language);
				init.getUI().setLocale(language);
			});
		});
	}

}
