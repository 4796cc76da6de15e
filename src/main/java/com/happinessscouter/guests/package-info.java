/**
 * The wedding's guests as the console sees them: each guest's counts (photos, faces, best
 * and last power), the totals, the guest list sorted and filtered, the CSV and ZIP
 * exports, and deleting a guest's data. Counts are kept at write time from
 * {@link com.happinessscouter.submission.PhotoFinished}, never computed by a Scan.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guests", allowedDependencies = { "audit", "aws",
		"console", "events", "limits", "line", "scoring", "submission", "tables", "webhook" })
package com.happinessscouter.guests;
