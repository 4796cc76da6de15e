/**
 * Answers guests: the Flex Message with the happiness power, each emotion's share and the
 * guest's place in the open event (asked of the leaderboard, which ranks the photo
 * first), the kind texts (welcome, help, no face, apologies), the loading animation while
 * a photo is analysed, and one answer for a whole image set. Uses the free reply token
 * while it is young, else a push with a retry key.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reply",
		allowedDependencies = { "leaderboard", "limits", "line", "quota", "scoring", "submission", "webhook" })
package com.happinessscouter.reply;
