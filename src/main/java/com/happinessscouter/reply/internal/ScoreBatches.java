package com.happinessscouter.reply.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import com.happinessscouter.scoring.HappinessScore;

/**
 * Fits the scores of an image set into a reply: which photos to show, and how to split
 * them.
 */
final class ScoreBatches {

	private ScoreBatches() {
	}

	/**
	 * The {@code max} highest powers (the earlier photo on a tie), in the order the
	 * photos were sent; all of them when there are no more than {@code max}.
	 */
	static List<HappinessScore> best(List<HappinessScore> scores, int max) {
		if (scores.size() <= max) {
			return List.copyOf(scores);
		}
		Comparator<Integer> byPowerDescending = Comparator.comparingLong((Integer i) -> scores.get(i).power())
			.reversed();
		return IntStream.range(0, scores.size())
			.boxed()
			.sorted(byPowerDescending)
			.limit(max)
			.sorted()
			.map(scores::get)
			.toList();
	}

	/** Consecutive slices of at most {@code size} items; the last one may be shorter. */
	static <T> List<List<T>> chunks(List<T> items, int size) {
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < items.size(); from += size) {
			chunks.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
		}
		return chunks;
	}

}
