package com.happinessscouter.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.happinessscouter.limits.internal.LimitsTable.Counted;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LimitRuleTest {

	private static final Instant SENT = Instant.parse("2026-12-04T10:00:12Z");

	private final Clock clock = Clock.fixed(SENT, ZoneOffset.UTC);

	@Test
	void photosInTheSameMinute_shareARateWindow_andTheNextMinuteOpensANewOne() {
		assertThat(LimitRule.minute(SENT)).isEqualTo(LimitRule.minute(Instant.parse("2026-12-04T10:00:59.999Z")));
		assertThat(LimitRule.minute(Instant.parse("2026-12-04T10:01:00Z"))).isEqualTo(LimitRule.minute(SENT) + 1);
	}

	@Test
	void waitSeconds_isTheRestOfTheMinute_roundedUpToTenSeconds_andNeverLessThanTen() {
		assertThat(LimitRule.waitSeconds(SENT, this.clock.instant())).isEqualTo(50);
		assertThat(LimitRule.waitSeconds(SENT, Clock.offset(this.clock, Duration.ofSeconds(45)).instant()))
			.isEqualTo(10);
		assertThat(LimitRule.waitSeconds(SENT, Clock.offset(this.clock, Duration.ofMinutes(5)).instant()))
			.isEqualTo(10);
	}

	@Test
	void perGuestQuota_isTheGuestsOverride_elseTheDefault() {
		LimitSettings settings = new LimitSettings(10, 5, 0, "admin", SENT);

		assertThat(LimitRule.perGuest(settings, null)).isEqualTo(10);
		assertThat(LimitRule.perGuest(settings, 3)).isEqualTo(3);
		assertThat(LimitRule.perGuest(settings, 0)).isZero();
	}

	@Test
	void budgetMonth_turnsAtMidnightInTokyo() {
		ZoneId tokyo = ZoneId.of("Asia/Tokyo");

		assertThat(LimitRule.month(Instant.parse("2026-11-30T14:59:59Z"), tokyo)).isEqualTo(YearMonth.of(2026, 11));
		assertThat(LimitRule.month(Instant.parse("2026-11-30T15:00:00Z"), tokyo)).isEqualTo(YearMonth.of(2026, 12));
	}

	@Test
	void aPhotoCountedBefore_isAdmittedAgain_butNotOneOverTheLimit() {
		assertThat(LimitRule.admitted(Counted.COUNTED)).isTrue();
		assertThat(LimitRule.admitted(Counted.ALREADY)).isTrue();
		assertThat(LimitRule.admitted(Counted.FULL)).isFalse();
	}

	@Test
	void usage_isSpentOnlyWithALimitReached() {
		assertThat(new Usage(10, 10).spent()).isTrue();
		assertThat(new Usage(9, 10).spent()).isFalse();
		assertThat(new Usage(9, 10).left()).isEqualTo(1);
		assertThat(new Usage(1_000, 0).spent()).isFalse();
		assertThat(new Usage(3, 10)).hasToString("3/10");
		assertThat(new Usage(3, 0)).hasToString("3");
	}

	@Test
	void settings_refuseNegativeLimits_andABudgetOverWhatOneItemCanCount() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LimitSettings(-1, 0, 0, null, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LimitSettings(0, 0, LimitSettings.MAX_BUDGET + 1, null, null));
	}

	@Test
	void refusals_nameTheirTextAndWhatIsLeft() {
		assertThat(new Refusal(Refusal.Kind.EVENT_QUOTA, 10, 0).textKey()).isEqualTo("bot.limit.event");
		Refusal rate = new Refusal(Refusal.Kind.RATE, 5, 50);
		assertThat(rate.textKey()).isEqualTo("bot.limit.rate");
		assertThat(rate.textArguments()).containsExactly(5L, 50L);
		assertThat(new Refusal(Refusal.Kind.BUDGET, 300, 0).textKey()).isEqualTo("bot.busy");
	}

	@Test
	void settingsAreReadAgainOnlyAfterTheRefresh() {
		Duration refresh = Duration.ofSeconds(3);

		assertThat(LimitRule.stale(SENT, SENT.plus(refresh), refresh)).isFalse();
		assertThat(LimitRule.stale(SENT, SENT.plus(refresh).plusMillis(1), refresh)).isTrue();
	}

}
