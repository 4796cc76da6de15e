package com.happinessscouter.scoring.offline;

/**
 * Runs a convolution row by row. The detector's layers (convolution, leaky ReLU, max
 * pool) then never hold the full-resolution output of a convolution: only two rows of it.
 * Outputs and rows come from the pass's {@link Workspace}.
 */
final class LayerRows {

	private LayerRows() {
	}

	/** A convolution that produces its output one row at a time. */
	interface RowSource {

		int outHeight();

		int outWidth();

		int outChannels();

		/**
		 * Writes output row {@code y} ({@code outWidth * outChannels} values) to
		 * {@code dst[dstOffset ..]}.
		 */
		void computeRow(int y, float[] dst, int dstOffset);

	}

	/** A row source whose output size is fixed when it is made. */
	abstract static class Sized implements RowSource {

		final int outHeight;

		final int outWidth;

		final int outChannels;

		Sized(int outHeight, int outWidth, int outChannels) {
			this.outHeight = outHeight;
			this.outWidth = outWidth;
			this.outChannels = outChannels;
		}

		@Override
		public final int outHeight() {
			return this.outHeight;
		}

		@Override
		public final int outWidth() {
			return this.outWidth;
		}

		@Override
		public final int outChannels() {
			return this.outChannels;
		}

	}

	/** The whole output of the convolution. */
	static FeatureMap all(RowSource source, Workspace workspace) {
		FeatureMap out = workspace.map(source.outHeight(), source.outWidth(), source.outChannels());
		for (int y = 0; y < out.height; y++) {
			source.computeRow(y, out.data, y * out.rowLength());
		}
		return out;
	}

	/** The whole output of the convolution through a leaky ReLU. */
	static FeatureMap leaky(RowSource source, Workspace workspace) {
		FeatureMap out = all(source, workspace);
		Activations.leakyRelu(out.data, 0, out.size());
		return out;
	}

	/** The convolution, a leaky ReLU, then a 2x2 stride-2 'same' max pool. */
	static FeatureMap leakyPooled(RowSource source, Workspace workspace) {
		int width = source.outWidth();
		int channels = source.outChannels();
		int rowLength = width * channels;
		FeatureMap out = workspace.map(Convolutions.sameOutput(source.outHeight(), 2),
				Convolutions.sameOutput(width, 2), channels);
		float[] row0 = workspace.floats(rowLength);
		float[] row1 = workspace.floats(rowLength);
		for (int oy = 0; oy < out.height; oy++) {
			source.computeRow(2 * oy, row0, 0);
			Activations.leakyRelu(row0, 0, rowLength);
			boolean hasSecond = 2 * oy + 1 < source.outHeight();
			if (hasSecond) {
				source.computeRow(2 * oy + 1, row1, 0);
				Activations.leakyRelu(row1, 0, rowLength);
			}
			Pooling.maxPool2x2Row(row0, hasSecond ? row1 : null, width, channels, out.data, oy * out.rowLength());
		}
		return out;
	}

}
