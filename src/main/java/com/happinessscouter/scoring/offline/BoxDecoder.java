package com.happinessscouter.scoring.offline;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the detector's grid output into face boxes: sigmoid on the centre offsets and
 * the score, exp on the sizes times the anchors, corrected for the padding to a square,
 * then non-max suppression.
 */
final class BoxDecoder {

	/** The anchor box sizes, in grid cells. */
	static final double[][] ANCHORS = { { 1.603231, 2.094468 }, { 6.041143, 7.080126 }, { 2.882459, 3.518061 },
			{ 4.266906, 5.178857 }, { 9.041765, 10.66308 } };

	private BoxDecoder() {
	}

	/**
	 * The faces scoring above {@code scoreThreshold}, in pixels of the image holding
	 * {@code region}.
	 */
	static List<Detection> decode(FeatureMap grid, NetInput.Region region, int inputSize, double scoreThreshold) {
		double scale = (double) inputSize / Math.max(region.width(), region.height());
		long reshapedW = Math.round(region.width() * scale);
		long reshapedH = Math.round(region.height() * scale);
		double reshapedSide = Math.max(reshapedW, reshapedH);
		double correctionX = reshapedSide / reshapedW;
		double correctionY = reshapedSide / reshapedH;
		List<Detection> relative = new ArrayList<>();
		int cells = grid.height;
		for (int row = 0; row < cells; row++) {
			for (int col = 0; col < cells; col++) {
				for (int anchor = 0; anchor < ANCHORS.length; anchor++) {
					int o = (row * grid.width + col) * grid.channels + anchor * 5;
					double score = Activations.sigmoid(grid.data[o + 4]);
					if (score <= scoreThreshold) {
						continue;
					}
					double cx = (col + Activations.sigmoid(grid.data[o])) / cells * correctionX;
					double cy = (row + Activations.sigmoid(grid.data[o + 1])) / cells * correctionY;
					double w = Math.exp(grid.data[o + 2]) * ANCHORS[anchor][0] / cells * correctionX;
					double h = Math.exp(grid.data[o + 3]) * ANCHORS[anchor][1] / cells * correctionY;
					relative.add(new Detection(cx - w / 2, cy - h / 2, w, h, score));
				}
			}
		}
		List<Detection> faces = new ArrayList<>();
		for (Detection face : NonMaxSuppression.byIou(relative, NonMaxSuppression.IOU_THRESHOLD)) {
			Detection pixels = face.scaled(region.width(), region.height());
			faces.add(new Detection(pixels.x() + region.x(), pixels.y() + region.y(), pixels.width(), pixels.height(),
					pixels.score()));
		}
		return faces;
	}

}
