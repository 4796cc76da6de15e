package com.happinessscouter.richmenu.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.happinessscouter.audit.AuditEntry;
import com.happinessscouter.line.LineApiException;
import com.happinessscouter.line.RichMenuSpec.Existing;
import com.happinessscouter.richmenu.RichMenus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The bot's LINE rich menu (admins): the two images as guests see them, the app's menus
 * at LINE now, a button that makes them anew (audited), and the history.
 */
@Route("rich-menu")
@Menu(order = 65, title = "richmenu.menu")
@RolesAllowed("ADMIN")
public class RichMenuView extends VerticalLayout implements HasDynamicTitle {

	private final RichMenus menus;

	private final AuthenticationContext authentication;

	private final Grid<Existing> current = new Grid<>();

	private final Grid<AuditEntry> audit = new Grid<>();

	public RichMenuView(RichMenus menus, AuthenticationContext authentication) {
		this.menus = menus;
		this.authentication = authentication;
		this.current.setId("richmenu-current");
		this.current.addColumn(Existing::name).setHeader(getTranslation("richmenu.name")).setFlexGrow(2);
		this.current.addColumn(Existing::id).setHeader(getTranslation("richmenu.id")).setFlexGrow(2);
		this.current.setAllRowsVisible(true);
		this.audit.setId("richmenu-audit");
		this.audit.addColumn((entry) -> DateTimeFormatter.ISO_INSTANT.format(entry.at()))
			.setHeader(getTranslation("richmenu.at"))
			.setAutoWidth(true);
		this.audit.addColumn(AuditEntry::who).setHeader(getTranslation("richmenu.who")).setAutoWidth(true);
		this.audit.addColumn((entry) -> getTranslation("audit.outcome." + entry.outcome().name()))
			.setHeader(getTranslation("audit.outcome"));
		this.audit.setAllRowsVisible(true);
		Button create = new Button(getTranslation("richmenu.create"), (click) -> create());
		create.setId("richmenu-create");
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(new H2(getTranslation("richmenu.title")), new Paragraph(getTranslation("richmenu.explain")), previews(),
				create, new H3(getTranslation("richmenu.current")), this.current,
				new H3(getTranslation("richmenu.history")), this.audit);
		show();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("richmenu.title");
	}

	private Component previews() {
		HorizontalLayout row = new HorizontalLayout();
		row.setWrap(true);
		row.setWidthFull();
		for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
			Image image = new Image(this.menus.image(locale), getTranslation("richmenu.preview." + locale));
			image.setId("richmenu-preview-" + locale);
			image.setWidth("420px");
			image.getStyle().set("max-width", "100%").set("border-radius", "12px");
			Div figure = new Div(new H3(getTranslation("richmenu.preview." + locale)), image);
			row.add(figure);
		}
		return row;
	}

	private void create() {
		try {
			RichMenus.Provisioned done = this.menus.replace(this.authentication.getPrincipalName().orElse("?"));
			Notification.show(getTranslation("richmenu.created", done.deleted().size()));
		}
		catch (LineApiException ex) {
			Notification.show(getTranslation("richmenu.failed", ex.getMessage()));
		}
		show();
	}

	private void show() {
		try {
			this.current.setItems(this.menus.current());
		}
		catch (LineApiException ex) {
			this.current.setItems(List.of());
			Notification.show(getTranslation("richmenu.failed", ex.getMessage()));
		}
		this.audit.setItems(this.menus.audit(10));
	}

}
