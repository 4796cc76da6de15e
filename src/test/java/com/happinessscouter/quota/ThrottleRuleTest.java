package com.happinessscouter.quota;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleRuleTest {

	private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

	private static final QuotaProperties PROPERTIES = new QuotaProperties(Duration.ofMinutes(5), 10, "10",
			Duration.ofSeconds(3), ZoneId.of("Asia/Tokyo"));

	/** LINE's month at {@code NOW}. */
	private final YearMonth month = YearMonth.now(Clock.fixed(NOW, PROPERTIES.zone()));

	@Test
	void off_isNeverBusy_evenWithNoPushesLeft() {
		ThrottleDecision decision = ThrottleRule.decide(settings(ThrottleMode.OFF, "10", 1), used(200, 200, 5),
				this.month);

		assertThat(decision.busy()).isFalse();
		assertThat(decision.reason()).isEqualTo("not busy: the switch is OFF");
	}

	@Test
	void forcedBusy_isBusy_evenWithPlentyLeft_andNamesWhoForcedIt() {
		ThrottleDecision decision = ThrottleRule.decide(settings(ThrottleMode.FORCED_BUSY, "10", 0), used(200, 0, 0),
				this.month);

		assertThat(decision.busy()).isTrue();
		assertThat(decision.reason()).isEqualTo("busy: forced by admin");
	}

	@Test
	void auto_withAPushCountThreshold_isBusyAtOrBelowIt() {
		ThrottleSettings settings = settings(ThrottleMode.AUTO, "10", 0);

		assertThat(ThrottleRule.decide(settings, used(200, 189, 0), this.month))
			.extracting(ThrottleDecision::busy, ThrottleDecision::reason)
			.containsExactly(false, "not busy: 11 pushes left, threshold 10");
		assertThat(ThrottleRule.decide(settings, used(200, 190, 0), this.month))
			.extracting(ThrottleDecision::busy, ThrottleDecision::reason)
			.containsExactly(true, "busy: 10 pushes left, threshold 10");
	}

	@Test
	void auto_withAPercentThreshold_isBusyAtOrBelowThatShareOfTheLimit() {
		ThrottleSettings settings = settings(ThrottleMode.AUTO, "5%", 0);

		assertThat(ThrottleRule.decide(settings, used(1000, 949, 0), this.month))
			.extracting(ThrottleDecision::busy, ThrottleDecision::reason)
			.containsExactly(false, "not busy: 51 pushes left, threshold 50");
		assertThat(ThrottleRule.decide(settings, used(1000, 950, 0), this.month))
			.extracting(ThrottleDecision::busy, ThrottleDecision::reason)
			.containsExactly(true, "busy: 50 pushes left, threshold 50");
	}

	@Test
	void auto_withTheAnalysisBudgetSpent_isBusy_whateverThePushesLeft() {
		ThrottleSettings settings = settings(ThrottleMode.AUTO, "10", 300);

		assertThat(ThrottleRule.decide(settings, used(1000, 0, 299), this.month).busy()).isFalse();
		assertThat(ThrottleRule.decide(settings, used(1000, 0, 300), this.month))
			.extracting(ThrottleDecision::busy, ThrottleDecision::reason)
			.containsExactly(true, "busy: 300 analyses this month, budget 300");
	}

	@Test
	void auto_withNoBudget_ignoresTheAnalysesCount() {
		assertThat(
				ThrottleRule.decide(settings(ThrottleMode.AUTO, "10", 0), used(1000, 0, 1_000_000), this.month).busy())
			.isFalse();
	}

	@Test
	void auto_withNoLimitKnown_isNotBusy() {
		QuotaStatus neverPolled = new QuotaStatus(null, null, null, null, 0);

		assertThat(ThrottleRule.decide(settings(ThrottleMode.AUTO, "10", 0), neverPolled, this.month))
			.extracting(ThrottleDecision::busy, ThrottleDecision::reason)
			.containsExactly(false, "not busy: no monthly push limit known");
	}

	@Test
	void auto_afterLineRefusedAPushThisMonth_isBusy_butNotInTheNextMonth() {
		QuotaStatus exhausted = new QuotaStatus(snapshot(200, 20), NOW, null, this.month, 0);
		ThrottleSettings settings = settings(ThrottleMode.AUTO, "10", 0);

		assertThat(ThrottleRule.decide(settings, exhausted, this.month))
			.extracting(ThrottleDecision::busy, ThrottleDecision::reason)
			.containsExactly(true, "busy: 0 pushes left, threshold 10");
		assertThat(ThrottleRule.decide(settings, exhausted, this.month.plusMonths(1)).busy()).isFalse();
	}

	@Test
	void push_isAllowedOnlyAboveTheReserve() {
		long reserve = PROPERTIES.pushReserve();

		assertThat(ThrottleRule.pushAllowed(used(200, 189, 0), this.month, reserve)).isTrue();
		assertThat(ThrottleRule.pushAllowed(used(200, 190, 0), this.month, reserve)).isFalse();
		assertThat(ThrottleRule.pushAllowed(new QuotaStatus(null, null, null, null, 0), this.month, reserve)).isTrue();
	}

	@Test
	void figures_areReadAgainAfterTheRefresh_orWhenTheMonthTurns() {
		Duration refresh = PROPERTIES.refresh();
		Clock later = Clock.offset(Clock.fixed(NOW, ZoneOffset.UTC), refresh);
		Clock afterRefresh = Clock.offset(later, Duration.ofMillis(1));

		assertThat(ThrottleRule.stale(this.month, NOW, this.month, later.instant(), refresh)).isFalse();
		assertThat(ThrottleRule.stale(this.month, NOW, this.month, afterRefresh.instant(), refresh)).isTrue();
		assertThat(ThrottleRule.stale(this.month, NOW, this.month.plusMonths(1), NOW, refresh)).isTrue();
	}

	private QuotaStatus used(long limit, long used, long analyses) {
		return new QuotaStatus(snapshot(limit, used), NOW, null, null, analyses);
	}

	private QuotaSnapshot snapshot(long limit, long used) {
		return new QuotaSnapshot(NOW, this.month, true, limit, used);
	}

	private static ThrottleSettings settings(ThrottleMode mode, String threshold, long analysisBudget) {
		return new ThrottleSettings(mode, Threshold.parse(threshold), analysisBudget, "admin", NOW, "test");
	}

}
