package com.happinessscouter.leaderboard;

/**
 * A guest's place among the ranked guests of an event, as their score reply tells it
 * ("いま3位 / 57人中").
 *
 * @param rank 1 for the best
 * @param ranked how many guests are ranked, the guest included
 */
public record Place(int rank, int ranked) {
}
