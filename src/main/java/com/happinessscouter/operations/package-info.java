/**
 * Operating the app on the day: alarms evaluated in the app over its own metrics (logged
 * and shown on the console's status page next to every dependency's health).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations",
		allowedDependencies = { "aws", "console", "submission" })
package com.happinessscouter.operations;
