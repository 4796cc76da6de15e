package com.happinessscouter.scoring.offline;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a photo needs a second, tiled detector pass (a crowd shot) and lays out
 * the overlapping tiles: about twice the detector input on a side (a short axis is not
 * split), so that faces reach the detector at about half their size instead of a fraction
 * of it.
 */
final class Tiling {

	/**
	 * Tiles overlap by this fraction of their side, so a face up to that size is whole in
	 * one.
	 */
	private static final double OVERLAP = 0.25;

	/** An axis up to this much longer than a tile is covered by one tile. */
	private static final double SLACK = 1.15;

	/**
	 * A tile's face closer than this fraction of the tile side to an inner edge is cut.
	 */
	private static final double EDGE_MARGIN = 0.02;

	/** Fewer faces than this, all small, in a large image suggest a crowd. */
	private static final int FEW_FACES = 3;

	/** A face under this size at the detector's input is small. */
	private static final double SMALL_FACE = 64;

	/** This many candidates under the score threshold suggest missed faces. */
	private static final int MISSED_CANDIDATES = 2;

	private Tiling() {
	}

	/**
	 * The tiles for a second pass, or none when the first pass is enough.
	 * @param faces the faces the first pass found
	 * @param weakCandidates how many boxes the first pass found under the score threshold
	 */
	static List<NetInput.Region> crowdTiles(int width, int height, int inputSize, List<Detection> faces,
			int weakCandidates) {
		int tile = 2 * inputSize;
		if (Math.max(width, height) <= tile * SLACK || !facesMissed(width, height, inputSize, faces, weakCandidates)) {
			return List.of();
		}
		List<NetInput.Region> tiles = new ArrayList<>();
		int tileWidth = (width <= tile * SLACK) ? width : tile;
		int tileHeight = (height <= tile * SLACK) ? height : tile;
		for (int y : starts(height, tile)) {
			for (int x : starts(width, tile)) {
				tiles.add(new NetInput.Region(x, y, tileWidth, tileHeight));
			}
		}
		return tiles;
	}

	private static boolean facesMissed(int width, int height, int inputSize, List<Detection> faces,
			int weakCandidates) {
		if (faces.isEmpty() || weakCandidates >= MISSED_CANDIDATES) {
			return true;
		}
		double toInput = (double) inputSize / Math.max(width, height);
		double largest = faces.stream().mapToDouble((face) -> Math.min(face.width(), face.height())).max().orElse(0);
		return faces.size() < FEW_FACES && largest * toInput < SMALL_FACE;
	}

	/** Evenly spaced tile starts covering {@code length} with at least the overlap. */
	static int[] starts(int length, int tile) {
		if (length <= tile * SLACK) {
			return new int[] { 0 };
		}
		int overlap = (int) (tile * OVERLAP);
		int count = Math.ceilDiv(length - overlap, tile - overlap);
		int[] starts = new int[count];
		for (int i = 0; i < count; i++) {
			starts[i] = (int) Math.round((double) (length - tile) * i / (count - 1));
		}
		return starts;
	}

	/**
	 * Whether a face found in {@code tile} reaches an edge of the tile that is not an
	 * image edge.
	 */
	static boolean cutByInnerEdge(Detection face, NetInput.Region tile, int width, int height) {
		double margin = EDGE_MARGIN * Math.max(tile.width(), tile.height());
		boolean left = tile.x() > 0 && face.x() < tile.x() + margin;
		boolean top = tile.y() > 0 && face.y() < tile.y() + margin;
		boolean right = tile.x() + tile.width() < width && face.right() > tile.x() + tile.width() - margin;
		boolean bottom = tile.y() + tile.height() < height && face.bottom() > tile.y() + tile.height() - margin;
		return left || top || right || bottom;
	}

}
