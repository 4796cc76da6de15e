package com.happinessscouter.album;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.happinessscouter.album.AlbumSignature.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlbumSignatureTest {

	private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

	private static final Instant EXPIRY = NOW.plus(Duration.ofDays(30));

	private static final String ALICE = "U0000000000000000000000000000alice";

	private static final String BOB = "U00000000000000000000000000000bob";

	private static AlbumSignature at(Instant now) {
		return new AlbumSignature("channel-secret", Clock.fixed(now, ZoneOffset.UTC));
	}

	@Test
	void freshToken_isValidForItsGuest() {
		Verdict verdict = at(NOW).check(at(NOW).sign(ALICE, EXPIRY));
		assertThat(verdict.state()).isEqualTo(Verdict.State.VALID);
		assertThat(verdict.userId()).isEqualTo(ALICE);
		assertThat(verdict.expiry()).isEqualTo(EXPIRY);
	}

	@Test
	void tokenPastItsExpiry_isExpired() {
		String token = at(NOW).sign(ALICE, EXPIRY);
		assertThat(at(EXPIRY.plus(Duration.ofMinutes(2))).check(token).state()).isEqualTo(Verdict.State.EXPIRED);
	}

	@Test
	void tokenWithinTheClockSkew_isStillValid() {
		String token = at(NOW).sign(ALICE, EXPIRY);
		assertThat(at(EXPIRY.plusSeconds(30)).check(token).state()).isEqualTo(Verdict.State.VALID);
		assertThat(at(EXPIRY.plus(AlbumSignature.SKEW).plusSeconds(1)).check(token).state())
			.isEqualTo(Verdict.State.EXPIRED);
	}

	@Test
	void tokenWithALaterExpiry_isRefused() {
		String[] parts = at(NOW).sign(ALICE, EXPIRY).split("\\.");
		String stretched = parts[0] + "." + EXPIRY.plus(Duration.ofDays(365)).getEpochSecond() + "." + parts[2];
		assertThat(at(NOW).check(stretched).state()).isEqualTo(Verdict.State.REFUSED);
	}

	@Test
	void tokenWithAnotherGuestsId_isRefused() {
		String alices = at(NOW).sign(ALICE, EXPIRY);
		String bobs = at(NOW).sign(BOB, EXPIRY);
		String swapped = bobs.split("\\.")[0] + alices.substring(alices.indexOf('.'));
		assertThat(at(NOW).check(swapped).state()).isEqualTo(Verdict.State.REFUSED);
		assertThat(at(NOW).check(bobs).userId()).isEqualTo(BOB);
	}

	@Test
	void tokenSignedWithAnotherSecret_isRefused() {
		String foreign = new AlbumSignature("another-secret", Clock.fixed(NOW, ZoneOffset.UTC)).sign(ALICE, EXPIRY);
		assertThat(at(NOW).check(foreign).state()).isEqualTo(Verdict.State.REFUSED);
	}

	@Test
	void malformedTokens_areRefused() {
		for (String token : new String[] { null, "", "a.b", "a.b.c.d", "!!.1.x", "QQ.notanumber.QQ", "QQ.1.%%" }) {
			assertThat(at(NOW).check(token).state()).as(String.valueOf(token)).isEqualTo(Verdict.State.REFUSED);
		}
	}

}
