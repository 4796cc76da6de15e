package com.happinessscouter.quota;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.happinessscouter.limits.Usage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleRuleTest {

	private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

	private static final QuotaProperties PROPERTIES = new QuotaProperties(Duration.ofMinutes(5), 10,
			Duration.ofSeconds(3), ZoneId.of("Asia/Tokyo"));

	/** LINE's month at {@code NOW}. */
	private final YearMonth month = YearMonth.now(Clock.fixed(NOW, PROPERTIES.zone()));

	@Test
	void off_isNeverBusy_evenWithTheBudgetSpent() {
		ThrottleDecision decision = ThrottleRule.decide(settings(ThrottleMode.OFF), new Usage(300, 300));

		assertThat(decision).extracting(ThrottleDecision::busy, ThrottleDecision::reason)
			.containsExactly(false, "not busy: the switch is OFF");
	}

	@Test
	void forcedBusy_isBusy_withNoBudgetSpent_andNamesWhoForcedIt() {
		ThrottleDecision decision = ThrottleRule.decide(settings(ThrottleMode.FORCED_BUSY), new Usage(0, 0));

		assertThat(decision).extracting(ThrottleDecision::busy, ThrottleDecision::reason)
			.containsExactly(true, "busy: forced by admin");
	}

	@Test
	void auto_withTheAnalysisBudgetSpent_isBusy() {
		ThrottleSettings auto = settings(ThrottleMode.AUTO);

		assertThat(ThrottleRule.decide(auto, new Usage(299, 300)))
			.extracting(ThrottleDecision::busy, ThrottleDecision::reason)
			.containsExactly(false, "not busy: 299 analyses this month, budget 300");
		assertThat(ThrottleRule.decide(auto, new Usage(300, 300)))
			.extracting(ThrottleDecision::busy, ThrottleDecision::reason)
			.containsExactly(true, "busy: 300 analyses this month, budget 300");
	}

	@Test
	void auto_withNoBudget_isNeverBusy_whateverTheCount() {
		assertThat(ThrottleRule.decide(settings(ThrottleMode.AUTO), new Usage(1_000_000, 0)))
			.extracting(ThrottleDecision::busy, ThrottleDecision::reason)
			.containsExactly(false, "not busy: no monthly analysis budget set (1000000 analyses this month)");
	}

	@Test
	void auto_ignoresTheLinePushQuota_evenWithNoPushesLeft() {
		// the rule gets no push figures at all: replies are free, pushes are gated apart
		QuotaStatus exhausted = new QuotaStatus(snapshot(200, 200), NOW, null, this.month);

		assertThat(exhausted.remaining(this.month)).isZero();
		assertThat(ThrottleRule.decide(settings(ThrottleMode.AUTO), new Usage(5, 300)).busy()).isFalse();
		assertThat(ThrottleRule.pushAllowed(exhausted, this.month, PROPERTIES.pushReserve())).isFalse();
	}

	@Test
	void push_isAllowedOnlyAboveTheReserve() {
		long reserve = PROPERTIES.pushReserve();

		assertThat(ThrottleRule.pushAllowed(used(200, 189), this.month, reserve)).isTrue();
		assertThat(ThrottleRule.pushAllowed(used(200, 190), this.month, reserve)).isFalse();
		assertThat(ThrottleRule.pushAllowed(new QuotaStatus(null, null, null, null), this.month, reserve)).isTrue();
	}

	@Test
	void push_afterLineRefusedAPushThisMonth_isNotAllowed_butInTheNextMonth() {
		QuotaStatus exhausted = new QuotaStatus(snapshot(200, 20), NOW, null, this.month);

		assertThat(ThrottleRule.pushAllowed(exhausted, this.month, 10)).isFalse();
		assertThat(ThrottleRule.pushAllowed(exhausted, this.month.plusMonths(1), 10)).isTrue();
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

	private QuotaStatus used(long limit, long used) {
		return new QuotaStatus(snapshot(limit, used), NOW, null, null);
	}

	private QuotaSnapshot snapshot(long limit, long used) {
		return new QuotaSnapshot(NOW, this.month, true, limit, used);
	}

	private static ThrottleSettings settings(ThrottleMode mode) {
		return new ThrottleSettings(mode, "admin", NOW, "test");
	}

}
