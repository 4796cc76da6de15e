package com.happinessscouter.richmenu.internal;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The buttons' pictograms, drawn with shapes in the current colour inside a square of
 * side {@code size} centred on ({@code cx}, {@code cy}).
 */
enum MenuIcon {

	/** A five-pointed star: my score. */
	STAR {
		@Override
		void draw(Graphics2D g, double cx, double cy, double size) {
			Path2D star = new Path2D.Double();
			for (int i = 0; i < 10; i++) {
				double radius = ((i % 2) == 0) ? size / 2 : size / 5;
				double angle = -Math.PI / 2 + i * Math.PI / 5;
				double x = cx + radius * Math.cos(angle);
				double y = cy + size * 0.04 + radius * Math.sin(angle);
				if (i == 0) {
					star.moveTo(x, y);
				}
				else {
					star.lineTo(x, y);
				}
			}
			star.closePath();
			g.fill(star);
		}
	},

	/** A podium of three steps, the winner's in the middle: the ranking. */
	PODIUM {
		@Override
		void draw(Graphics2D g, double cx, double cy, double size) {
			double step = size / 3;
			double base = cy + size / 2;
			double[] heights = { 0.45, 0.8, 0.3 };
			for (int i = 0; i < 3; i++) {
				double height = size * heights[i];
				g.fill(new RoundRectangle2D.Double(cx - size / 2 + i * step + step * 0.06, base - height, step * 0.88,
						height, step * 0.2, step * 0.2));
			}
			g.fill(new Ellipse2D.Double(cx - step * 0.22, base - size * 0.8 - step * 0.6, step * 0.44, step * 0.44));
		}
	},

	/** A question mark: how to play. */
	QUESTION {
		@Override
		void draw(Graphics2D g, double cx, double cy, double size) {
			Font font = MenuFonts.bold((int) (size * 1.1));
			g.setFont(font);
			FontMetrics metrics = g.getFontMetrics();
			String mark = "?";
			g.drawString(mark, (float) (cx - metrics.stringWidth(mark) / 2.0),
					(float) (cy + (metrics.getAscent() - metrics.getDescent()) / 2.0));
		}
	},

	/** A framed picture, a hill and a sun: my album. */
	ALBUM {
		@Override
		void draw(Graphics2D g, double cx, double cy, double size) {
			double half = size / 2;
			g.setStroke(new BasicStroke((float) (size * 0.08), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.draw(new RoundRectangle2D.Double(cx - half, cy - half * 0.8, size, size * 0.8, size * 0.12, size * 0.12));
			Path2D hill = new Path2D.Double();
			hill.moveTo(cx - half * 0.8, cy + half * 0.6);
			hill.lineTo(cx - half * 0.2, cy - half * 0.1);
			hill.lineTo(cx + half * 0.2, cy + half * 0.3);
			hill.lineTo(cx + half * 0.45, cy + half * 0.05);
			hill.lineTo(cx + half * 0.8, cy + half * 0.6);
			hill.closePath();
			g.fill(hill);
			double sun = size * 0.2;
			g.fill(new Ellipse2D.Double(cx + half * 0.3, cy - half * 0.55, sun, sun));
		}
	},

	/** A round table with four chairs: join my table's team. */
	TABLE {
		@Override
		void draw(Graphics2D g, double cx, double cy, double size) {
			double table = size * 0.56;
			g.fill(new Ellipse2D.Double(cx - table / 2, cy - table / 2, table, table));
			double chair = size * 0.2;
			double reach = size * 0.42;
			for (int i = 0; i < 4; i++) {
				double angle = Math.PI / 4 + i * Math.PI / 2;
				double x = cx + Math.cos(angle) * reach;
				double y = cy + Math.sin(angle) * reach;
				g.fill(new Ellipse2D.Double(x - chair / 2, y - chair / 2, chair, chair));
			}
		}
	},

	/** An eye struck through: keep me off the big screen. */
	HIDDEN {
		@Override
		void draw(Graphics2D g, double cx, double cy, double size) {
			double half = size / 2;
			Path2D eye = new Path2D.Double();
			eye.moveTo(cx - half, cy);
			eye.quadTo(cx, cy - size * 0.62, cx + half, cy);
			eye.quadTo(cx, cy + size * 0.62, cx - half, cy);
			eye.closePath();
			g.setStroke(new BasicStroke((float) (size * 0.08), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.draw(eye);
			double pupil = size * 0.3;
			g.fill(new Ellipse2D.Double(cx - pupil / 2, cy - pupil / 2, pupil, pupil));
			g.draw(new Line2D.Double(cx - half * 0.85, cy + half * 0.85, cx + half * 0.85, cy - half * 0.85));
		}
	};

	abstract void draw(Graphics2D g, double cx, double cy, double size);

}
