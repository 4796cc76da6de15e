package com.happinessscouter.operations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Usage times prices, projected to the month's end; the 1,000-photo reference. */
class CostEstimateTest {

	private final CostProperties prices = new CostProperties(new BigDecimal("0.0013"), new BigDecimal("0.025"),
			new BigDecimal("0.0047"), new BigDecimal("0.00037"), new BigDecimal("0.715"), new BigDecimal("0.1425"),
			BigDecimal.ZERO);

	@Test
	void costsSoFarAndProjectedAtTheMonthsEnd() {
		MonthUsage usage = new MonthUsage(YearMonth.of(2026, 11), 1000, 1000, 2000, 12_000, 10_000, 30);
		long halfGb = 1L << 29;

		CostEstimate estimate = CostEstimate.of(usage, halfGb, this.prices, LocalDate.of(2026, 11, 10));

		assertThat(line(estimate, "rekognition").cost()).isEqualByComparingTo("1.3");
		assertThat(line(estimate, "rekognition").projected()).as("30 days / 10 gone").isEqualByComparingTo("3.9");
		assertThat(line(estimate, "s3-storage").cost()).isEqualByComparingTo("0.0125");
		assertThat(line(estimate, "s3-storage").projected()).as("storage is per month already")
			.isEqualByComparingTo("0.0125");
		assertThat(line(estimate, "s3-put").cost()).isEqualByComparingTo("0.0047");
		assertThat(line(estimate, "dynamodb-write").cost()).isEqualByComparingTo("0.0086");
		assertThat(estimate.total()).isEqualByComparingTo("1.3279");
	}

	@Test
	void aThousandPhotosAMonthCostUnderTwoDollars() {
		CostEstimate estimate = CostEstimate.of(new MonthUsage(YearMonth.of(2026, 11), 0, 0, 0, 0, 0, 0), 0,
				this.prices, LocalDate.of(2026, 11, 1));
		assertThat(estimate.thousandPhotos()).isLessThan(new BigDecimal("2")).isGreaterThan(new BigDecimal("1.3"));
	}

	private static CostEstimate.Line line(CostEstimate estimate, String item) {
		return estimate.lines().stream().filter((line) -> line.item().equals(item)).findFirst().orElseThrow();
	}

}
