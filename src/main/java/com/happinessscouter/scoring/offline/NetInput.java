package com.happinessscouter.scoring.offline;

/**
 * Turns a region of an image into a network input the way face-api does for a tensor: pad
 * to a square with zeros, resize bilinearly with TensorFlow's legacy rules
 * (alignCorners=false, halfPixelCenters=false), subtract the mean RGB and divide by 255.
 */
final class NetInput {

	private NetInput() {
	}

	/** A region of an image, in its pixels. */
	record Region(int x, int y, int width, int height) {

		static Region whole(RgbImage image) {
			return new Region(0, 0, image.width, image.height);
		}

	}

	/**
	 * A {@code size x size x 3} input from {@code region} of {@code image}.
	 * @param centred pad equally on both sides (the expression net) rather than only at
	 * the right or bottom (the detector)
	 */
	static FeatureMap of(RgbImage image, Region region, int size, boolean centred, float[] meanRgb,
			Workspace workspace) {
		int side = Math.max(region.width(), region.height());
		int diff = Math.abs(region.width() - region.height());
		int prepend = centred ? diff - (int) Math.floor(diff * 0.5 + 0.5) : 0;
		int padLeft = (region.width() < region.height()) ? prepend : 0;
		int padTop = (region.height() < region.width()) ? prepend : 0;
		FeatureMap out = workspace.map(size, size, 3);
		float scale = (float) side / size;
		Sampler sampler = new Sampler(image, region, padLeft, padTop);
		for (int y = 0; y < size; y++) {
			float in = y * scale;
			int y0 = (int) Math.floor(in);
			int y1 = Math.min((int) Math.ceil(in), side - 1);
			float yLerp = in - y0;
			for (int x = 0; x < size; x++) {
				float inX = x * scale;
				int x0 = (int) Math.floor(inX);
				int x1 = Math.min((int) Math.ceil(inX), side - 1);
				float xLerp = inX - x0;
				int o = (y * size + x) * 3;
				for (int c = 0; c < 3; c++) {
					float top = lerp(sampler.get(x0, y0, c), sampler.get(x1, y0, c), xLerp);
					float bottom = lerp(sampler.get(x0, y1, c), sampler.get(x1, y1, c), xLerp);
					out.data[o + c] = (lerp(top, bottom, yLerp) - meanRgb[c]) / 255f;
				}
			}
		}
		return out;
	}

	private static float lerp(float a, float b, float t) {
		return a + (b - a) * t;
	}

	/** Reads the padded square: zero outside the region. */
	private record Sampler(RgbImage image, Region region, int padLeft, int padTop) {

		float get(int px, int py, int c) {
			int x = px - this.padLeft;
			int y = py - this.padTop;
			if (x < 0 || y < 0 || x >= this.region.width() || y >= this.region.height()) {
				return 0f;
			}
			return this.image.sample(this.region.x() + x, this.region.y() + y, c);
		}

	}

}
