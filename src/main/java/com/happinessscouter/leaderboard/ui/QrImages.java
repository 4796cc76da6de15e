package com.happinessscouter.leaderboard.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.happinessscouter.leaderboard.internal.QrCode;
import com.vaadin.flow.component.html.Image;

/**
 * A QR code as an image (an SVG data URL: crisp at any size and in print; an inline SVG
 * would lose its case-sensitive {@code viewBox} to the HTML parser).
 */
final class QrImages {

	private QrImages() {
	}

	static Image of(String text, String label) {
		String svg = QrCode.svg(text, label);
		Image image = new Image(
				"data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
				label);
		image.addClassName("qr-code");
		return image;
	}

}
