package com.happinessscouter.guests;

import java.util.Map;

import com.happinessscouter.submission.Photo;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-guest counts and totals, kept at write time. */
class GuestStatsIT extends ScouterIT {

	@Autowired
	Guests stats;

	@Test
	void eachFinishedPhotoIsCountedOnceForItsGuestAndTheTotals() {
		Totals before = this.stats.totals();
		SimulatedGuest guest = guest("ja");
		String first = photoOnLine("/photos/sample3.jpg", "image/jpeg");
		String second = photoOnLine("/photos/grace_hopper_512x512.jpg", "image/jpeg");
		String eventId = "01COUNTED" + first;
		String event = SignedWebhook.event("image",
				Map.of("userId", guest.userId(), "messageId", first, "eventId", eventId));

		send(SignedWebhook.body(event));
		send(SignedWebhook.body(event));
		send(SignedWebhook.body(SignedWebhook.event("image", Map.of("userId", guest.userId(), "messageId", second))));
		Photo one = awaitPhoto(guest.userId(), first, Photo::answered);
		Photo two = awaitPhoto(guest.userId(), second, Photo::answered);

		GuestSummary summary = this.stats.page(GuestQuery.DEFAULT, 0, 5)
			.stream()
			.filter((g) -> g.userId().equals(guest.userId()))
			.findFirst()
			.orElseThrow();
		assertThat(summary.displayName()).isEqualTo("Guest ja");
		assertThat(summary.photos()).isEqualTo(2);
		assertThat(summary.faces()).isEqualTo(one.score().faceCount() + two.score().faceCount());
		assertThat(summary.bestPower()).isEqualTo(Math.max(one.score().power(), two.score().power()));
		Totals after = this.stats.totals();
		assertThat(after.photos() - before.photos()).isEqualTo(2);
		assertThat(after.guests() - before.guests()).isEqualTo(1);
		assertThat(after.bestPower()).isGreaterThanOrEqualTo(summary.bestPower());
		assertThat(after.lastTenMinutes()).isGreaterThanOrEqualTo(2);
		assertThat(this.stats.page(GuestQuery.DEFAULT, 0, 1).getFirst().userId()).isEqualTo(guest.userId());
	}

	@Test
	void theBestPowerIsOnlyEverRaised() {
		SimulatedGuest guest = guest("en");
		Photo one = sendPhotoAndAwait(guest, SignedWebhook.bytes("/photos/sample3.jpg"));
		Photo two = sendPhotoAndAwait(guest, SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg"));
		long best = Math.max(one.score().power(), two.score().power());
		assertThat(summaryOf(guest).bestPower()).isEqualTo(best);

		// a re-encoded copy of the weaker photo scores no higher: the best and the
		// totals'
		// best stay, the count and last power move
		Photo weaker = (one.score().power() <= two.score().power()) ? one : two;
		String resource = (weaker == one) ? "/photos/sample3.jpg" : "/photos/grace_hopper_512x512.jpg";
		Photo three = sendPhotoAndAwait(guest, PhotoCopies.tagged(SignedWebhook.bytes(resource), "again"));
		GuestSummary summary = summaryOf(guest);
		assertThat(three.score().power()).isLessThanOrEqualTo(best);
		assertThat(summary.bestPower()).isEqualTo(best);
		assertThat(summary.lastPower()).isEqualTo(three.score().power());
		assertThat(summary.photos()).isEqualTo(3);
		assertThat(this.stats.totals().bestPower()).isGreaterThanOrEqualTo(best);
	}

	private GuestSummary summaryOf(SimulatedGuest guest) {
		return this.stats.page(GuestQuery.DEFAULT, 0, 50)
			.stream()
			.filter((g) -> g.userId().equals(guest.userId()))
			.findFirst()
			.orElseThrow();
	}

}
