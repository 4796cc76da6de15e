package com.happinessscouter.leaderboard;

import com.happinessscouter.webhook.EventContext;

/** A guest asked to be kept off the big screen ({@code hidden}) or shown again. */
public record RankingVisibilityChanged(EventContext context, boolean hidden) {
}
