/**
 * The keepsakes: a guest's own album (their kept photos with their power, each
 * downloadable) behind a signed, time-limited link the bot sends for {@code アルバム} /
 * {@code album}, and the couple's event album (every photo the big screen may show) as a
 * console page and a streamed ZIP, each download audited. Links are HMAC-signed with a
 * key derived from the LINE channel secret, end after {@code app.album.link-days} (never
 * beyond the photos' retention) and open nothing once retention removed the photos.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Albums", allowedDependencies = { "audit", "events",
		"leaderboard", "line", "reply", "retention", "scoring", "submission" })
package com.happinessscouter.album;
