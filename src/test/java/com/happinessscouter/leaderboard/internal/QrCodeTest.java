package com.happinessscouter.leaderboard.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.happinessscouter.support.QrDecoder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link QrCode}: the SVG, rasterised here, scans back to the text.
 */
class QrCodeTest {

	private static final String URL = "https://line.me/R/ti/p/%40scouter-demo";

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox='0 0 (\\d+) (\\d+)'");

	private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

	private static final int SCALE = 8;

	@Test
	void scansBackToTheText() {
		String svg = QrCode.svg(URL, "label");
		assertThat(svg).startsWith("<svg ")
			.contains("shape-rendering='crispEdges'", "role='img'", "aria-label='label'", "fill='#fff'")
			.containsOnlyOnce("<path ")
			.doesNotContain(URL);
		System.out.printf("QR SVG for %s: %d characters%n", URL, svg.length());
		assertThat(QrDecoder.decode(rasterise(svg))).isEqualTo(URL);
	}

	@Test
	void keepsTheQuietZone() {
		String svg = QrCode.svg(URL, "label");
		Matcher viewBox = VIEW_BOX.matcher(svg);
		assertThat(viewBox.find()).isTrue();
		int size = Integer.parseInt(viewBox.group(1));
		Matcher run = RUN.matcher(svg);
		int min = size;
		int max = 0;
		while (run.find()) {
			int x = Integer.parseInt(run.group(1));
			int y = Integer.parseInt(run.group(2));
			min = Math.min(min, Math.min(x, y));
			max = Math.max(max, Math.max(x + Integer.parseInt(run.group(3)), y + 1));
		}
		assertThat(min).isEqualTo(4);
		assertThat(max).isEqualTo(size - 4);
	}

	@Test
	void escapesTheLabel() {
		String svg = QrCode.svg("https://example.com/?a=1&b=<2>", "<&> 'quoted' \"too\"");
		assertThat(svg).contains("aria-label='&lt;&amp;&gt; &#39;quoted&#39; &quot;too&quot;'")
			.doesNotContain("<&>")
			.doesNotContain("a=1&b");
		assertThat(QrDecoder.decode(rasterise(svg))).isEqualTo("https://example.com/?a=1&b=<2>");
	}

	@Test
	void encodesUtf8() {
		String text = "ハピネス・スカウター 😊";
		assertThat(QrDecoder.decode(rasterise(QrCode.svg(text, "label")))).isEqualTo(text);
	}

	@Test
	void rejectsBlankText() {
		assertThatIllegalArgumentException().isThrownBy(() -> QrCode.svg(" ", "label"));
		assertThatIllegalArgumentException().isThrownBy(() -> QrCode.svg(null, "label"));
	}

	/** Draws what {@link QrCode} emits: a viewBox and one path of run rectangles. */
	private static BufferedImage rasterise(String svg) {
		Matcher viewBox = VIEW_BOX.matcher(svg);
		assertThat(viewBox.find()).as("viewBox in %s", svg).isTrue();
		int width = Integer.parseInt(viewBox.group(1));
		int height = Integer.parseInt(viewBox.group(2));
		BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
		graphics.setColor(Color.BLACK);
		Matcher run = RUN.matcher(svg);
		int runs = 0;
		while (run.find()) {
			assertThat(run.group(4)).isEqualTo(run.group(3));
			graphics.fillRect(Integer.parseInt(run.group(1)) * SCALE, Integer.parseInt(run.group(2)) * SCALE,
					Integer.parseInt(run.group(3)) * SCALE, SCALE);
			runs++;
		}
		graphics.dispose();
		assertThat(runs).isPositive();
		return image;
	}

}
