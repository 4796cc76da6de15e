/**
 * How long guests' photos are kept: the admin's retention settings, applied to the photo
 * bucket's lifecycle (merged with the operator's own rules, read back, drift flagged) and
 * to the records' expiry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Photo retention",
		allowedDependencies = { "audit", "aws", "console" })
package com.happinessscouter.retention;
