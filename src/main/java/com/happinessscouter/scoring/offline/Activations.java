package com.happinessscouter.scoring.offline;

/** Element-wise operations, in place. */
final class Activations {

	/** The slope of face-api's leaky ReLU, as TF.js holds it in float32. */
	private static final float LEAKY_ALPHA = 0.1f;

	private Activations() {
	}

	/** {@code max(x, 0.1 x)}: branch-free, so that it vectorises. */
	static void leakyRelu(float[] values, int offset, int length) {
		for (int i = offset, end = offset + length; i < end; i++) {
			values[i] = Math.max(values[i], values[i] * LEAKY_ALPHA);
		}
	}

	/** {@code target += addend}, element-wise over {@code target}. */
	static void add(FeatureMap target, FeatureMap addend) {
		float[] t = target.data;
		float[] a = addend.data;
		for (int i = 0, end = target.size(); i < end; i++) {
			t[i] += a[i];
		}
	}

	/**
	 * {@code target = relu(source)}, maps of one size ({@code target} may be
	 * {@code source}).
	 */
	static void relu(FeatureMap source, FeatureMap target) {
		float[] s = source.data;
		float[] t = target.data;
		for (int i = 0, end = source.size(); i < end; i++) {
			t[i] = Math.max(s[i], 0f);
		}
	}

	static double sigmoid(double x) {
		return 1.0 / (1.0 + Math.exp(-x));
	}

	/** Softmax of the first {@code count} {@code logits}, in double precision. */
	static double[] softmax(float[] logits, int count) {
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < count; i++) {
			max = Math.max(max, logits[i]);
		}
		double[] probabilities = new double[count];
		double sum = 0;
		for (int i = 0; i < count; i++) {
			probabilities[i] = Math.exp(logits[i] - max);
			sum += probabilities[i];
		}
		for (int i = 0; i < probabilities.length; i++) {
			probabilities[i] /= sum;
		}
		return probabilities;
	}

}
