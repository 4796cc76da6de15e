package com.happinessscouter.scoring.offline;

/** Max and average pooling with TensorFlow's 'same' and 'valid' rules. */
final class Pooling {

	private Pooling() {
	}

	/**
	 * One output row of a 2x2 stride-2 'same' max pool from two input rows, {@code row1}
	 * being {@code null} past the bottom edge. Writes {@code ceil(width / 2) * channels}
	 * values to {@code dst[dstOffset ..]}.
	 */
	static void maxPool2x2Row(float[] row0, float[] row1, int width, int channels, float[] dst, int dstOffset) {
		int outW = Convolutions.sameOutput(width, 2);
		for (int ox = 0; ox < outW; ox++) {
			int a = 2 * ox * channels;
			int b = (2 * ox + 1 < width) ? a + channels : a;
			int d = dstOffset + ox * channels;
			for (int c = 0; c < channels; c++) {
				float m = Math.max(row0[a + c], row0[b + c]);
				if (row1 != null) {
					m = Math.max(m, Math.max(row1[a + c], row1[b + c]));
				}
				dst[d + c] = m;
			}
		}
	}

	/**
	 * A 2x2 stride-1 'same' max pool: the window extends right and down, clipped at the
	 * edges.
	 */
	static FeatureMap maxPool2x2Stride1(FeatureMap in, Workspace workspace) {
		FeatureMap out = workspace.map(in.height, in.width, in.channels);
		int ch = in.channels;
		for (int y = 0; y < in.height; y++) {
			int y1 = Math.min(y + 1, in.height - 1);
			for (int x = 0; x < in.width; x++) {
				int x1 = Math.min(x + 1, in.width - 1);
				int a = (y * in.width + x) * ch;
				int b = (y * in.width + x1) * ch;
				int c0 = (y1 * in.width + x) * ch;
				int c1 = (y1 * in.width + x1) * ch;
				for (int c = 0; c < ch; c++) {
					float m = Math.max(Math.max(in.data[a + c], in.data[b + c]),
							Math.max(in.data[c0 + c], in.data[c1 + c]));
					out.data[a + c] = m;
				}
			}
		}
		return out;
	}

	/**
	 * Average over all positions: a 'valid' pool whose window is the whole map; the first
	 * {@code in.channels} values of the result are the averages.
	 */
	static float[] averageAll(FeatureMap in, Workspace workspace) {
		float[] sums = workspace.zeroed(in.channels);
		int positions = in.height * in.width;
		for (int p = 0; p < positions; p++) {
			int s = p * in.channels;
			for (int c = 0; c < in.channels; c++) {
				sums[c] += in.data[s + c];
			}
		}
		for (int c = 0; c < in.channels; c++) {
			sums[c] /= positions;
		}
		return sums;
	}

}
