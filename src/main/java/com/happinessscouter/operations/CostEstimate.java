package com.happinessscouter.operations;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * This month's cost so far and projected to its end: each usage times its price. The
 * projection scales what was used by days in the month / days gone; storage is billed per
 * GB-month, so the photos stored now count as a month's storage.
 *
 * @param lines one per cost item
 * @param total cost so far
 * @param projected cost at the month's end at this pace
 * @param thousandPhotos what 1,000 analysed and stored photos a month cost at these
 * prices
 */
public record CostEstimate(List<Line> lines, BigDecimal total, BigDecimal projected, BigDecimal thousandPhotos) {

	/**
	 * @param item what is billed
	 * @param used how much so far
	 * @param unit its unit
	 * @param price per unit
	 * @param cost so far
	 * @param projected at the month's end
	 */
	public record Line(String item, BigDecimal used, String unit, BigDecimal price, BigDecimal cost,
			BigDecimal projected) {
	}

	/** A typical photo: one analysis, one PUT, two GETs, 12 writes, 10 reads, 0.4 MB. */
	static final double PHOTO_MB = 0.4;

	public static CostEstimate of(MonthUsage usage, long storedBytes, CostProperties prices, LocalDate today) {
		BigDecimal scale = BigDecimal.valueOf(today.lengthOfMonth())
			.divide(BigDecimal.valueOf(today.getDayOfMonth()), MathContext.DECIMAL64);
		BigDecimal gb = BigDecimal.valueOf(storedBytes).divide(BigDecimal.valueOf(1L << 30), MathContext.DECIMAL64);
		List<Line> lines = List.of(
				line("rekognition", usage.analyses(), "image", prices.rekognitionPerImage(), 1, scale),
				new Line("s3-storage", gb, "GB-month", prices.s3PerGbMonth(), money(gb.multiply(prices.s3PerGbMonth())),
						money(gb.multiply(prices.s3PerGbMonth()))),
				line("s3-put", usage.s3Puts(), "1,000 requests", prices.s3PerThousandPuts(), 1000, scale),
				line("s3-get", usage.s3Gets(), "1,000 requests", prices.s3PerThousandGets(), 1000, scale),
				line("dynamodb-write", usage.dynamodbWrites(), "million write units", prices.dynamodbPerMillionWrites(),
						1_000_000, scale),
				line("dynamodb-read", usage.dynamodbReads(), "million read units", prices.dynamodbPerMillionReads(),
						1_000_000, scale),
				line("line-push", usage.pushes(), "message", prices.linePerPush(), 1, scale));
		BigDecimal total = lines.stream().map(Line::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal projected = lines.stream().map(Line::projected).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal perPhoto = prices.rekognitionPerImage()
			.add(thousandth(prices.s3PerThousandPuts()))
			.add(thousandth(prices.s3PerThousandGets()).multiply(BigDecimal.TWO))
			.add(millionth(prices.dynamodbPerMillionWrites()).multiply(BigDecimal.valueOf(12)))
			.add(millionth(prices.dynamodbPerMillionReads()).multiply(BigDecimal.TEN))
			.add(prices.s3PerGbMonth().multiply(BigDecimal.valueOf(PHOTO_MB / 1024)));
		return new CostEstimate(lines, money(total), money(projected),
				money(perPhoto.multiply(BigDecimal.valueOf(1000))));
	}

	/** {@code used} single requests at {@code price} per {@code per} of them. */
	private static Line line(String item, long used, String unit, BigDecimal price, long per, BigDecimal scale) {
		BigDecimal cost = price.multiply(BigDecimal.valueOf(used))
			.divide(BigDecimal.valueOf(per), MathContext.DECIMAL64);
		return new Line(item, BigDecimal.valueOf(used), unit, price, money(cost), money(cost.multiply(scale)));
	}

	private static BigDecimal thousandth(BigDecimal perThousand) {
		return perThousand.divide(BigDecimal.valueOf(1000), MathContext.DECIMAL64);
	}

	private static BigDecimal millionth(BigDecimal perMillion) {
		return perMillion.divide(BigDecimal.valueOf(1_000_000), MathContext.DECIMAL64);
	}

	private static BigDecimal money(BigDecimal value) {
		return value.setScale(4, RoundingMode.HALF_UP);
	}

}
