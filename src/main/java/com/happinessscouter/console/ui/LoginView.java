package com.happinessscouter.console.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in for admins and hosts, in the browser's language (Japanese or English). */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final LoginForm form = new LoginForm();

	public LoginView() {
		addClassName("login-view");
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		this.form.setAction("login");
		this.form.setForgotPasswordButtonVisible(false);
		this.form.setI18n(i18n());
		add(new H1(getTranslation("console.app.title")), new Paragraph(getTranslation("console.login.lead")),
				this.form);
	}

	private LoginI18n i18n() {
		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle(getTranslation("console.login.title"));
		i18n.getForm().setUsername(getTranslation("console.login.username"));
		i18n.getForm().setPassword(getTranslation("console.login.password"));
		i18n.getForm().setSubmit(getTranslation("console.login.submit"));
		i18n.getErrorMessage().setTitle(getTranslation("console.login.error.title"));
		i18n.getErrorMessage().setMessage(getTranslation("console.login.error.message"));
		return i18n;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("console.login.title");
	}

}
