package com.happinessscouter.scoring.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Greedy non-max suppression: keep the best box, drop those overlapping it too much,
 * repeat.
 */
final class NonMaxSuppression {

	/** face-api's IoU threshold for the face detector. */
	static final double IOU_THRESHOLD = 0.4;

	private NonMaxSuppression() {
	}

	/**
	 * Keeps boxes whose IoU with every better-scored kept box is at most
	 * {@code iouThreshold}.
	 */
	static List<Detection> byIou(List<Detection> boxes, double iouThreshold) {
		return suppress(boxes, (kept, other) -> kept.iou(other) > iouThreshold);
	}

	/**
	 * Suppresses by IoU and also drops a box lying mostly inside a better one (a partial
	 * face cut by a tile border).
	 */
	static List<Detection> byIouOrContainment(List<Detection> boxes, double iouThreshold, double containment) {
		return suppress(boxes,
				(kept, other) -> kept.iou(other) > iouThreshold || kept.overlapOfSmaller(other) > containment);
	}

	/** As face-api: sorted by ascending score (stable), the last one is taken first. */
	private static List<Detection> suppress(List<Detection> boxes, BiPredicate<Detection, Detection> overlaps) {
		LinkedList<Detection> remaining = new LinkedList<>(boxes);
		remaining.sort(Comparator.comparingDouble(Detection::score));
		List<Detection> kept = new ArrayList<>();
		while (!remaining.isEmpty()) {
			Detection best = remaining.removeLast();
			kept.add(best);
			remaining.removeIf((other) -> overlaps.test(best, other));
		}
		return kept;
	}

}
