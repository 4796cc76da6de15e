/**
 * Guests' limits: a photo quota per guest per event (a default and per-guest overrides),
 * a rate limit (photos per minute) and the month's analysis budget. Each is a counter
 * item in the one table that holds the ids it counted, moved only by conditional writes,
 * so instances sharing the table enforce it exactly and a redelivered photo never counts
 * twice. {@link com.happinessscouter.limits.GuestLimits} admits or refuses a photo before
 * anything of it is stored.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guest limits",
		allowedDependencies = { "audit", "aws", "console", "events" })
package com.happinessscouter.limits;
