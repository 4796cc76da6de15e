/**
 * The live leaderboard of an event: each guest's best power, read with a Query on the
 * work index (event partition, score order), never a Scan; the big screen with the
 * reception show (ranking and photo wall by turns, the final reveal, as the hosts switch
 * it), the printable top list and certificates, the moderation queue, the table card with
 * the QR code, the table teams' ranking and their printable cards, and the guests'
 * {@code ランキング} / {@code hide me} commands. State lives in the one table, so every
 * instance shows the same board and show.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leaderboard", allowedDependencies = { "audit", "aws",
		"console", "events", "guests", "line", "scoring", "submission", "tables" })
package com.happinessscouter.leaderboard;
