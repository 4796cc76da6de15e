package com.happinessscouter.scoring.offline;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the faces of a photo with the detector: one pass over the whole image and, for a
 * large image where that pass suggests missed faces (a crowd shot, where faces under
 * about 40 px at the detector's input are missed), a second pass over overlapping tiles.
 * The first pass's faces stand; the tiles only add faces it did not find, those cut by a
 * tile edge last.
 */
final class FaceFinder {

	/** Boxes scoring at least this, though under the threshold, hint at missed faces. */
	static final double CANDIDATE_SCORE = 0.3;

	/** A box mostly (this much of its area) inside another is the same face. */
	private static final double CONTAINMENT = 0.6;

	private final TinyFaceDetector detector;

	private final int inputSize;

	private final double scoreThreshold;

	FaceFinder(TinyFaceDetector detector, int inputSize, double scoreThreshold) {
		this.detector = detector;
		this.inputSize = inputSize;
		this.scoreThreshold = scoreThreshold;
	}

	/** The faces, in pixels of {@code image}. */
	List<Detection> find(RgbImage image) {
		List<Detection> candidates = detect(image, NetInput.Region.whole(image));
		List<Detection> faces = aboveThreshold(candidates);
		List<NetInput.Region> tiles = Tiling.crowdTiles(image.width, image.height, this.inputSize, faces,
				candidates.size() - faces.size());
		if (tiles.isEmpty()) {
			return faces;
		}
		List<Detection> whole = new ArrayList<>();
		List<Detection> cut = new ArrayList<>();
		for (NetInput.Region tile : tiles) {
			for (Detection face : aboveThreshold(detect(image, tile))) {
				boolean isCut = Tiling.cutByInnerEdge(face, tile, image.width, image.height);
				(isCut ? cut : whole).add(face);
			}
		}
		List<Detection> all = new ArrayList<>(faces);
		addNew(all, whole);
		addNew(all, cut);
		return all;
	}

	/**
	 * Adds the faces of {@code found} (best first) that are not already in {@code faces}.
	 */
	private static void addNew(List<Detection> faces, List<Detection> found) {
		for (Detection face : NonMaxSuppression.byIouOrContainment(found, NonMaxSuppression.IOU_THRESHOLD,
				CONTAINMENT)) {
			if (faces.stream().noneMatch((known) -> sameFace(known, face))) {
				faces.add(face);
			}
		}
	}

	private List<Detection> detect(RgbImage image, NetInput.Region region) {
		return this.detector.detect(image, region, this.inputSize, Math.min(CANDIDATE_SCORE, this.scoreThreshold));
	}

	private List<Detection> aboveThreshold(List<Detection> candidates) {
		return candidates.stream().filter((face) -> face.score() > this.scoreThreshold).toList();
	}

	private static boolean sameFace(Detection a, Detection b) {
		return a.iou(b) > NonMaxSuppression.IOU_THRESHOLD || a.overlapOfSmaller(b) > CONTAINMENT;
	}

}
