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

	static void relu(float[] values) {
		for (int i = 0; i < values.length; i++) {
			values[i] = Math.max(values[i], 0f);
		}
	}

	/** {@code target += addend}, element-wise. */
	static void add(float[] target, float[] addend) {
		for (int i = 0; i < target.length; i++) {
			target[i] += addend[i];
		}
	}

	/** A new map holding {@code relu(map)}. */
	static FeatureMap reluCopy(FeatureMap map) {
		FeatureMap copy = map.copy();
		relu(copy.data);
		return copy;
	}

	static double sigmoid(double x) {
		return 1.0 / (1.0 + Math.exp(-x));
	}

	/** Softmax of {@code logits}, in double precision. */
	static double[] softmax(float[] logits) {
		double max = Double.NEGATIVE_INFINITY;
		for (float logit : logits) {
			max = Math.max(max, logit);
		}
		double[] probabilities = new double[logits.length];
		double sum = 0;
		for (int i = 0; i < logits.length; i++) {
			probabilities[i] = Math.exp(logits[i] - max);
			sum += probabilities[i];
		}
		for (int i = 0; i < probabilities.length; i++) {
			probabilities[i] /= sum;
		}
		return probabilities;
	}

}
