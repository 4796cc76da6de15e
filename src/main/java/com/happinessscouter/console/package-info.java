/**
 * The web console's frame: sign-in and roles (ADMIN, HOST), the security rules for every
 * URL, the layout every feature's view plugs into, the dashboard's cards
 * ({@link com.happinessscouter.console.DashboardCard}, contributed by the modules that
 * own the figures) and the console's message bundle. Feature pages live in their own
 * module's {@code ui} package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console", allowedDependencies = { "audit", "aws" })
package com.happinessscouter.console;
