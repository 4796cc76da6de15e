package com.happinessscouter.quota.ui;

import com.happinessscouter.quota.ThrottleMode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleCardTest {

	@Test
	void theSwitch_flipsBetweenAutoAndForcedBusy_andOffersNothingWhenOff() {
		assertThat(ThrottleCard.other(ThrottleMode.AUTO)).isEqualTo(ThrottleMode.FORCED_BUSY);
		assertThat(ThrottleCard.other(ThrottleMode.FORCED_BUSY)).isEqualTo(ThrottleMode.AUTO);
		assertThat(ThrottleCard.other(ThrottleMode.OFF)).isNull();
	}

}
