package com.happinessscouter.console;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks the console password only when this (user name, client address) pair need not
 * wait; a pair that must is refused without a look at the password (and the refusal is
 * not counted as another failure).
 */
final class ThrottledLogin implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(ThrottledLogin.class);

	private final AuthenticationProvider passwords;

	private final LoginAttempts attempts;

	ThrottledLogin(AuthenticationProvider passwords, LoginAttempts attempts) {
		this.passwords = passwords;
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String address = ClientAddress.of(authentication);
		Duration wait = this.attempts.waitFor(authentication.getName(), address);
		if (wait.isPositive()) {
			log.info("console sign-in for {} from {} refused: must wait {} after repeated wrong passwords",
					authentication.getName(), address, wait);
			throw new Throttled(wait);
		}
		return this.passwords.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Refused for now: too many wrong passwords from this address. */
	static final class Throttled extends AuthenticationException {

		Throttled(Duration wait) {
			super("too many wrong passwords from this address; try again in " + wait.toSeconds() + " s");
		}

	}

}
