/**
 * Answers guests: the Flex Message with the happiness power, each emotion's share and the
 * guest's place in the open event (asked of the leaderboard, which ranks the photo
 * first), the kind texts (welcome, help, no face, apologies), the loading animation while
 * a photo is analysed, and one answer for a whole image set. Every answer goes out on a
 * free reply token: a result that misses its token waits as pending and rides on the
 * guest's next message (a push only where an admin chose it, with a retry key). The
 * dashboard's pending-answers card.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reply", allowedDependencies = { "console", "leaderboard",
		"limits", "line", "quota", "quota :: ui", "scoring", "submission", "webhook" })
package com.happinessscouter.reply;
