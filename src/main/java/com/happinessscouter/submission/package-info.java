/**
 * Guests' photos: fetches what a guest sent from LINE, keeps it in S3 under
 * {@code photos/{userId}/{messageId}.{ext}}, records it in the one table (partition =
 * LINE user id, sort = image id), has it scored, stores the score, and announces
 * {@link com.happinessscouter.submission.PhotoProcessed} for the reply. Also answers
 * questions about photos (a guest's photos, an image set) and deletes unsent ones.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Submission", allowedDependencies = { "aws", "events",
		"images", "limits", "line", "quota", "retention", "scoring", "webhook" })
package com.happinessscouter.submission;
