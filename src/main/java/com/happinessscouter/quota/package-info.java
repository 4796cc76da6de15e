/**
 * LINE's monthly message quota and the throttle switch: the quota is polled on a schedule
 * and kept in the one table; {@link com.happinessscouter.quota.Throttle} tells the guest
 * flow when to answer "busy" instead of analysing, and when a push would eat into the
 * reserve.
 */
@org.springframework.modulith.ApplicationModule(displayName = "LINE quota and throttle",
		allowedDependencies = { "audit", "aws", "console", "limits", "line" })
package com.happinessscouter.quota;
