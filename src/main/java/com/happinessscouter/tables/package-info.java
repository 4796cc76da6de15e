/**
 * Table teams: the table each guest joined in an event ({@code テーブル 3} / {@code table 3},
 * by number or name), kept in the one table ({@code SEAT#{userId}} / event id), and the
 * tables' ranking (the mean of their guests' best power, for tables with enough scored
 * guests). The event's tables themselves are part of the event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tables", allowedDependencies = { "aws", "events" })
package com.happinessscouter.tables;
