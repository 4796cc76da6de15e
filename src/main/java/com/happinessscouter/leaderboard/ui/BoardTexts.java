package com.happinessscouter.leaderboard.ui;

import java.text.NumberFormat;
import java.util.Locale;

import com.happinessscouter.leaderboard.Leaderboard;
import com.happinessscouter.leaderboard.Showcased;
import com.happinessscouter.leaderboard.Standing;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;

/**
 * How the show's pages write a guest: their name (or "secret guest"), their power in the
 * page's language and their photo.
 */
final class BoardTexts {

	private final Leaderboard leaderboard;

	private final Component page;

	BoardTexts(Leaderboard leaderboard, Component page) {
		this.leaderboard = leaderboard;
		this.page = page;
	}

	String name(Standing standing) {
		return standing.anonymous() ? this.page.getTranslation("board.anonymous") : name(standing.displayName());
	}

	String name(Showcased photo) {
		return name(photo.displayName());
	}

	private String name(String displayName) {
		return (displayName == null || displayName.isBlank()) ? this.page.getTranslation("board.guest") : displayName;
	}

	String power(long power) {
		return NumberFormat.getIntegerInstance(locale(this.page)).format(power);
	}

	/** The page's language (the console's, as its user chose it). */
	static Locale locale(Component page) {
		return page.getUI().map(UI::getLocale).orElse(Locale.ENGLISH);
	}

	/** The photo, or {@code null} when there is none to show. */
	Image photo(String s3Key) {
		if (s3Key == null) {
			return null;
		}
		Image image = new Image(this.leaderboard.photoUrl(s3Key), this.page.getTranslation("board.photo"));
		image.addClassName("board-photo");
		return image;
	}

}
