package com.happinessscouter.tables;

/**
 * A table's place in the event's table ranking.
 *
 * @param rank 1 for the best table
 * @param number the table's number (1 first)
 * @param name the table's name
 * @param power the mean of its scored guests' best power, rounded
 * @param members how many of its guests have a scored photo
 */
public record TableStanding(int rank, int number, String name, long power, int members) {
}
