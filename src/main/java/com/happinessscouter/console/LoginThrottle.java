package com.happinessscouter.console;

import java.time.Instant;

/**
 * A (user name, client address) pair that failed to sign in: it may try again at
 * {@code until}.
 *
 * @param name the console user
 * @param address the client address (an IPv6 client by its /64 network)
 * @param failures wrong passwords in a row
 * @param until when the next attempt is accepted (in the past: may try now)
 */
public record LoginThrottle(String name, String address, long failures, Instant until) {
}
