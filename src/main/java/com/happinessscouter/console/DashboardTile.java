package com.happinessscouter.console;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.LongSupplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;

/**
 * A dashboard card's frame: its title links to the page it summarises; the content is
 * refreshed when the card is attached and on every poll of its page (styled by
 * {@code dashboard-card} in {@code styles/console.css}).
 */
public class DashboardTile extends Div {

	private final Runnable refresh;

	private Registration poll;

	/**
	 * @param id the card's element id; its link gets {@code id + "-link"}
	 * @param titleKey the title's message key
	 * @param page the view the title links to
	 * @param refresh fills or updates the content; runs on attach and on every poll
	 */
	public DashboardTile(String id, String titleKey, Class<? extends Component> page, Runnable refresh) {
		this.refresh = refresh;
		setId(id);
		addClassName("dashboard-card");
		RouterLink title = new RouterLink(getTranslation(titleKey), page);
		title.setId(id + "-link");
		title.addClassName("dashboard-card-title");
		add(title);
	}

	/** A card showing one number, e.g. the pending answers. */
	public static DashboardTile figure(String id, String titleKey, Class<? extends Component> page,
			LongSupplier value) {
		Span figure = figureSpan(id + "-figure");
		DashboardTile tile = new DashboardTile(id, titleKey, page,
				() -> figure
					.setText(NumberFormat.getIntegerInstance(figure.getUI().map(UI::getLocale).orElse(Locale.ROOT))
						.format(value.getAsLong())));
		tile.add(figure);
		return tile;
	}

	/** A big figure in the card's style. */
	public static Span figureSpan(String id) {
		Span figure = new Span();
		figure.setId(id);
		figure.addClassName("dashboard-card-figure");
		return figure;
	}

	/** A line of small print under the figure. */
	public static Span detailSpan(String id) {
		Span detail = new Span();
		detail.setId(id);
		detail.addClassName("dashboard-card-detail");
		return detail;
	}

	/** Shows the figures again now (after a change made from the card itself). */
	public void refresh() {
		this.refresh.run();
	}

	@Override
	protected void onAttach(AttachEvent attach) {
		refresh();
		this.poll = attach.getUI().addPollListener((event) -> refresh());
	}

	@Override
	protected void onDetach(DetachEvent detach) {
		if (this.poll != null) {
			this.poll.remove();
			this.poll = null;
		}
	}

}
