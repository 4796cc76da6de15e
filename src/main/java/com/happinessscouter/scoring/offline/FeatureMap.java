package com.happinessscouter.scoring.offline;

/**
 * A feature map of one image in NHWC order (batch size 1): {@code data[(y * width + x) *
 * channels + c]}.
 */
final class FeatureMap {

	final int height;

	final int width;

	final int channels;

	final float[] data;

	FeatureMap(int height, int width, int channels) {
		this(height, width, channels, new float[height * width * channels]);
	}

	FeatureMap(int height, int width, int channels, float[] data) {
		if (data.length != height * width * channels) {
			throw new IllegalArgumentException(
					"Data length " + data.length + " does not match " + height + "x" + width + "x" + channels);
		}
		this.height = height;
		this.width = width;
		this.channels = channels;
		this.data = data;
	}

	int rowLength() {
		return this.width * this.channels;
	}

	FeatureMap copy() {
		return new FeatureMap(this.height, this.width, this.channels, this.data.clone());
	}

}
