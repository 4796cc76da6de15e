/**
 * The audit log: who did what in the console (events, moderation, deletions, exports, the
 * throttle switch, the retention), with the settings' before and after and how each
 * action ended. One typed log for every module, kept in the one table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log", allowedDependencies = { "aws" })
package com.happinessscouter.audit;
