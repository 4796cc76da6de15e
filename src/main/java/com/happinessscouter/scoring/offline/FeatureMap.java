package com.happinessscouter.scoring.offline;

/**
 * A feature map of one image in NHWC order (batch size 1): {@code data[(y * width + x) *
 * channels + c]}. {@code data} may be longer than the map (a {@link Workspace} buffer):
 * only its first {@link #size()} values belong to it.
 */
final class FeatureMap {

	final int height;

	final int width;

	final int channels;

	final float[] data;

	FeatureMap(int height, int width, int channels, float[] data) {
		if (data.length < height * width * channels) {
			throw new IllegalArgumentException(
					"Data length " + data.length + " is under " + height + "x" + width + "x" + channels);
		}
		this.height = height;
		this.width = width;
		this.channels = channels;
		this.data = data;
	}

	int rowLength() {
		return this.width * this.channels;
	}

	/** The number of values: {@code height * width * channels}. */
	int size() {
		return this.height * this.width * this.channels;
	}

}
