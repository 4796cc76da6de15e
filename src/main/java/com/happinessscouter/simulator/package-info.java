/**
 * The LINE simulator, for local runs and tests only (profile {@code local}): fake
 * Messaging API endpoints (content, reply, push, loading, profile, quota, rich menus)
 * that record what the bot sends, and a page where you act as wedding guests — send
 * photos and texts, or tap the rich menu, as real signed webhooks to {@code /callback} —
 * and read the bot's answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "LINE simulator", allowedDependencies = { "line" })
package com.happinessscouter.simulator;
