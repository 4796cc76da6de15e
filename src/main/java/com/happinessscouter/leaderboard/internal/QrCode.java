package com.happinessscouter.leaderboard.internal;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as an inline SVG: one path of dark modules (each horizontal run one
 * rectangle) on a white square, sized by the page through its viewBox in module units,
 * quiet zone included. Only the label reaches the markup, escaped; the encoded text
 * appears as modules alone.
 */
public final class QrCode {

	private static final int QUIET_ZONE = 4;

	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
			ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, QUIET_ZONE);

	private QrCode() {
	}

	/**
	 * The SVG markup of a QR code.
	 * @param text what the code encodes, such as a URL
	 * @param label the accessible name of the image
	 * @return an {@code <svg>} element
	 * @throws IllegalArgumentException if the text is blank or too long for a QR code
	 */
	public static String svg(String text, String label) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("QR code text must not be blank");
		}
		BitMatrix modules = encode(text);
		int size = modules.getWidth();
		StringBuilder svg = new StringBuilder(2048);
		svg.append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ")
			.append(size)
			.append(' ')
			.append(size)
			.append("' shape-rendering='crispEdges' role='img' aria-label='")
			.append(escape((label != null) ? label : ""))
			.append("'><rect width='")
			.append(size)
			.append("' height='")
			.append(size)
			.append("' fill='#fff'/><path fill='#000' d='");
		for (int y = 0; y < modules.getHeight(); y++) {
			int x = 0;
			while (x < size) {
				if (!modules.get(x, y)) {
					x++;
					continue;
				}
				int run = 1;
				while (x + run < size && modules.get(x + run, y)) {
					run++;
				}
				svg.append('M').append(x).append(' ').append(y);
				svg.append('h').append(run).append("v1h-").append(run).append('z');
				x += run;
			}
		}
		return svg.append("'/></svg>").toString();
	}

	private static BitMatrix encode(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Text does not fit in a QR code", ex);
		}
	}

	private static String escape(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '\'' -> out.append("&#39;");
				case '"' -> out.append("&quot;");
				default -> out.append((c < ' ') ? ' ' : c); // XML allows no controls
			}
		}
		return out.toString();
	}

}
