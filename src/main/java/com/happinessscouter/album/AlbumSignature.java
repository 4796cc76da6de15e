package com.happinessscouter.album;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks a guest's album token: {@code base64url(userId).expiry.base64url(
 * HMAC-SHA256(key, userId + "|" + expiry))}. The key is derived from the LINE channel
 * secret with the label {@value #LABEL} (a key of its own: a webhook signature is never
 * an album token and the other way round); rotating the channel secret ends every album
 * link. A token stays good for {@link #SKEW} after its expiry, for instances whose clocks
 * differ a little.
 */
public final class AlbumSignature {

	static final String LABEL = "happiness-scouter album link v1";

	/** How far apart the instances' clocks may be. */
	public static final Duration SKEW = Duration.ofMinutes(1);

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final byte[] key;

	private final Clock clock;

	public AlbumSignature(String channelSecret, Clock clock) {
		this.key = hmac(channelSecret.getBytes(StandardCharsets.UTF_8), LABEL);
		this.clock = clock;
	}

	/** A token for the guest's album, good until {@code expiry}. */
	public String sign(String userId, Instant expiry) {
		long seconds = expiry.getEpochSecond();
		return ENCODER.encodeToString(userId.getBytes(StandardCharsets.UTF_8)) + "." + seconds + "."
				+ ENCODER.encodeToString(hmac(this.key, userId + "|" + seconds));
	}

	/** What a token is worth now. */
	public Verdict check(String token) {
		String[] parts = (token != null) ? token.split("\\.", -1) : new String[0];
		if (parts.length != 3) {
			return Verdict.refused();
		}
		try {
			String userId = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
			long seconds = Long.parseLong(parts[1]);
			byte[] given = Base64.getUrlDecoder().decode(parts[2]);
			if (!MessageDigest.isEqual(given, hmac(this.key, userId + "|" + seconds))) {
				return Verdict.refused();
			}
			Instant expiry = Instant.ofEpochSecond(seconds);
			boolean expired = this.clock.instant().isAfter(expiry.plus(SKEW));
			return new Verdict(expired ? Verdict.State.EXPIRED : Verdict.State.VALID, userId, expiry);
		}
		catch (IllegalArgumentException malformed) {
			return Verdict.refused();
		}
	}

	private static byte[] hmac(byte[] key, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
		}
	}

	/**
	 * A token's worth.
	 *
	 * @param state valid, expired or refused (tampered, malformed, signed by another key)
	 * @param userId whose album, or {@code null} when refused
	 * @param expiry until when, or {@code null} when refused
	 */
	public record Verdict(State state, String userId, Instant expiry) {

		static Verdict refused() {
			return new Verdict(State.REFUSED, null, null);
		}

		public enum State {

			VALID, EXPIRED, REFUSED

		}

	}

}
