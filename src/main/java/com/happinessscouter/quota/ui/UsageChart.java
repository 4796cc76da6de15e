package com.happinessscouter.quota.ui;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.happinessscouter.quota.QuotaSnapshot;

/**
 * The month's usage as an SVG line chart, drawn on the server (no npm build here): days
 * across, messages up, the limit as a red dashed line.
 */
final class UsageChart {

	private static final int WIDTH = 640;

	private static final int HEIGHT = 220;

	private static final int LEFT = 48;

	private static final int BOTTOM = 24;

	private static final int TOP = 12;

	private UsageChart() {
	}

	static String svg(List<QuotaSnapshot> snapshots, YearMonth month, ZoneId zone, String label) {
		long limit = snapshots.stream()
			.filter((s) -> s.limit() != null)
			.mapToLong(QuotaSnapshot::limit)
			.max()
			.orElse(0);
		long maxUsed = snapshots.stream().mapToLong(QuotaSnapshot::used).max().orElse(0);
		double top = Math.max(10, Math.max(limit, maxUsed) * 1.1);
		int days = month.lengthOfMonth();
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' width='%d' height='%d'"
						+ " style='max-width:100%%;height:auto' role='img' aria-label='%s' class='usage-chart'>",
				WIDTH, HEIGHT, WIDTH, HEIGHT, escape(label)));
		svg.append(
				String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%d' height='%d' fill='#fafafa' stroke='#ddd'/>",
						LEFT, TOP, WIDTH - LEFT - 8, HEIGHT - TOP - BOTTOM));
		for (int day = 1; day <= days; day += 7) {
			double x = x(day - 1, days);
			svg.append(String.format(Locale.ROOT,
					"<text x='%.1f' y='%d' font-size='11' text-anchor='middle' fill='#555'>%d</text>", x, HEIGHT - 6,
					day));
		}
		svg.append(String.format(Locale.ROOT,
				"<text x='%d' y='%.1f' font-size='11' text-anchor='end' fill='#555'>%d</text>", LEFT - 4, y(0, top) + 4,
				0));
		svg.append(String.format(Locale.ROOT,
				"<text x='%d' y='%.1f' font-size='11' text-anchor='end' fill='#555'>%d</text>", LEFT - 4,
				y(top / 1.1, top) + 4, Math.round(top / 1.1)));
		if (limit > 0) {
			svg.append(String.format(Locale.ROOT,
					"<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#d32f2f' stroke-dasharray='6 4'/>", LEFT,
					WIDTH - 8, y(limit, top), y(limit, top)));
		}
		StringBuilder points = new StringBuilder();
		for (QuotaSnapshot snapshot : snapshots) {
			var at = snapshot.polledAt().atZone(zone);
			double day = at.getDayOfMonth() - 1 + (at.getHour() * 60 + at.getMinute()) / 1440.0;
			points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(day, days), y(snapshot.used(), top)));
		}
		if (!points.isEmpty()) {
			svg.append("<polyline fill='none' stroke='#06c755' stroke-width='2.5' points='")
				.append(points.toString().strip())
				.append("'/>");
		}
		return svg.append("</svg>").toString();
	}

	private static double x(double day, int days) {
		return LEFT + day / days * (WIDTH - LEFT - 8);
	}

	private static double y(double value, double top) {
		return TOP + (1 - value / top) * (HEIGHT - TOP - BOTTOM);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("'", "&#39;").replace("<", "&lt;");
	}

}
