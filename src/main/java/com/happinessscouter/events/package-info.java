/**
 * Wedding events: name, the couple, a time window and an active flag, plus the host's
 * "everyone post now" countdown. Photos are tagged with the event open when they were
 * sent; the leaderboard is per event. Kept in the one table ({@code EVENT} / event id).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events",
		allowedDependencies = { "audit", "aws", "console" })
package com.happinessscouter.events;
