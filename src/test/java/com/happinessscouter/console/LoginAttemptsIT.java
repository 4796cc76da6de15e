package com.happinessscouter.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.support.ScouterIT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.BadCredentialsException;

import static org.assertj.core.api.Assertions.assertThat;

/** A lock set by one instance holds on every instance, and ends after a while. */
class LoginAttemptsIT extends ScouterIT {

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	@Autowired
	SingleTable table;

	@Test
	void fiveFailuresOnOneInstanceLockTheAccountOnAnother() {
		String name = "user-" + UUID.randomUUID();
		LoginAttempts first = new LoginAttempts(this.table, Clock.fixed(NOW, ZoneOffset.UTC));
		LoginAttempts second = new LoginAttempts(this.table, Clock.fixed(NOW.plusSeconds(5), ZoneOffset.UTC));
		for (int attempt = 1; attempt < LoginAttempts.MAX_FAILURES; attempt++) {
			first.failed(failure(name));
		}
		assertThat(second.locked(name)).isFalse();
		first.failed(failure(name.toUpperCase()));
		assertThat(second.locked(name)).as("counted once per name, case ignored").isTrue();

		LoginAttempts later = new LoginAttempts(this.table,
				Clock.fixed(NOW.plus(LoginAttempts.LOCK_FOR).plus(Duration.ofMinutes(1)), ZoneOffset.UTC));
		assertThat(later.locked(name)).isFalse();
		later.failed(failure(name));
		assertThat(later.locked(name)).as("counting starts again").isFalse();

		second.failed(failure(name));
		second.succeeded(new AuthenticationSuccessEvent(new UsernamePasswordAuthenticationToken(name, null)));
		assertThat(first.locked(name)).isFalse();
	}

	private static AuthenticationFailureBadCredentialsEvent failure(String name) {
		AuthenticationException wrong = new BadCredentialsException("wrong password");
		return new AuthenticationFailureBadCredentialsEvent(new UsernamePasswordAuthenticationToken(name, "x"), wrong);
	}

}
