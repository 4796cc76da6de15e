package com.happinessscouter.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks a console account for {@link #LOCK_FOR} after {@link #MAX_FAILURES} wrong
 * passwords in a row (per app instance; a restart forgets, which errs on the side of
 * letting the couple's admin back in).
 */
@Component
class LoginAttempts {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK_FOR = Duration.ofMinutes(15);

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private record Failures(int count, Instant last) {
	}

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginAttempts(Clock clock) {
		this.clock = clock;
	}

	boolean locked(String username) {
		Failures recorded = this.failures.get(key(username));
		return recorded != null && recorded.count() >= MAX_FAILURES
				&& recorded.last().plus(LOCK_FOR).isAfter(this.clock.instant());
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String name = key(event.getAuthentication().getName());
		Instant now = this.clock.instant();
		Failures updated = this.failures.merge(name, new Failures(1, now), (old, one) -> {
			boolean expired = old.last().plus(LOCK_FOR).isBefore(now);
			return new Failures(expired ? 1 : old.count() + 1, now);
		});
		if (updated.count() == MAX_FAILURES) {
			log.warn("console account {} locked for {} after {} wrong passwords", name, LOCK_FOR, MAX_FAILURES);
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.failures.remove(key(event.getAuthentication().getName()));
	}

	private static String key(String username) {
		return (username != null) ? username.toLowerCase(Locale.ROOT) : "";
	}

}
