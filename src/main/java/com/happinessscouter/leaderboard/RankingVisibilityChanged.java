package com.happinessscouter.leaderboard;

/** A guest asked to be kept off the big screen ({@code hidden}) or shown again. */
public record RankingVisibilityChanged(String userId, boolean hidden) {
}
