package com.happinessscouter.richmenu.internal;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import javax.imageio.ImageIO;

import com.happinessscouter.richmenu.internal.MenuLayout.Cell;

/**
 * Draws the rich menu's image: on a warm background, one white card per button with its
 * pictogram in a coloured disc and its label in large dark type (shrunk to fit), sized
 * for a phone held at arm's length. A PNG of flat colours: well under LINE's 1 MB.
 */
public final class MenuPainter {

	private static final Color BACKGROUND = new Color(0xFCEDE3);

	private static final Color CARD = new Color(0xFFFDFB);

	private static final Color INK = new Color(0x4A3B35);

	private static final int MARGIN = 28;

	private static final int LABEL_SIZE = 128;

	private MenuPainter() {
	}

	/** The PNG of these buttons, each labelled by {@code label}. */
	public static byte[] png(List<MenuButton> buttons, Function<MenuButton, String> label) {
		List<Cell> cells = MenuLayout.cells(buttons.size());
		BufferedImage image = new BufferedImage(MenuLayout.WIDTH, MenuLayout.height(buttons.size()),
				BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setColor(BACKGROUND);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			for (int i = 0; i < buttons.size(); i++) {
				paint(g, cells.get(i), buttons.get(i), label.apply(buttons.get(i)));
			}
		}
		finally {
			g.dispose();
		}
		return encode(image);
	}

	private static void paint(Graphics2D g, Cell cell, MenuButton button, String label) {
		double x = cell.x() + MARGIN;
		double y = cell.y() + MARGIN;
		double width = cell.width() - 2.0 * MARGIN;
		double height = cell.height() - 2.0 * MARGIN;
		g.setColor(new Color(0xEBD3C4));
		g.fill(new RoundRectangle2D.Double(x, y + 10, width, height, 80, 80));
		g.setColor(CARD);
		g.fill(new RoundRectangle2D.Double(x, y, width, height, 80, 80));
		double cx = x + width / 2;
		double disc = Math.min(height * 0.44, width * 0.6);
		double discY = y + height * 0.36;
		g.setColor(new Color(button.color()));
		g.fill(new Ellipse2D.Double(cx - disc / 2, discY - disc / 2, disc, disc));
		g.setColor(Color.WHITE);
		button.icon().draw(g, cx, discY, disc * 0.56);
		drawLabel(g, label, cx, y + height * 0.8, width - 80);
	}

	private static void drawLabel(Graphics2D g, String label, double cx, double centreY, double maxWidth) {
		int size = LABEL_SIZE;
		g.setFont(MenuFonts.bold(size));
		while (g.getFontMetrics().stringWidth(label) > maxWidth && size > 40) {
			size -= 4;
			g.setFont(MenuFonts.bold(size));
		}
		FontMetrics metrics = g.getFontMetrics();
		g.setColor(INK);
		g.drawString(label, (float) (cx - metrics.stringWidth(label) / 2.0),
				(float) (centreY + (metrics.getAscent() - metrics.getDescent()) / 2.0));
	}

	private static byte[] encode(BufferedImage image) {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

}
