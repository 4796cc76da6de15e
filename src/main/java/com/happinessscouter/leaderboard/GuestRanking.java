package com.happinessscouter.leaderboard;

import java.util.List;

/**
 * What a guest asking {@code ランキング} is told.
 *
 * @param eventName the open event, or {@code null} when none is open
 * @param top the top five
 * @param own the guest's own place, or {@code null} before their first scored photo
 */
public record GuestRanking(String eventName, List<Standing> top, Standing own) {
}
