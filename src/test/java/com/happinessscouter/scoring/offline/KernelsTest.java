package com.happinessscouter.scoring.offline;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The SIMD kernels (the Vector API) and the scalar ones (a JVM without it) compute the
 * same matrix products, on the shapes of the networks and on odd ones (tails).
 */
class KernelsTest {

	@Test
	void simd_isOnInTheTests() {
		assertThat(Simd.ENABLED).as("surefire's argLine adds " + Simd.MODULE).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "27, 16, 414, 3", "9, 32, 56, 6", "16, 32, 207, 16", "64, 128, 13, 64", "512, 25, 169, 512",
			"3, 7, 5, 3", "32, 48, 7, 40" })
	void multiply_vectorAndScalarAgree(int in, int out, int pixels, int srcStride) {
		Random random = new Random(in * 31L + out);
		Matrix matrix = Matrix.of(randoms(random, in * out), in, out, randoms(random, out));
		float[] src = randoms(random, (pixels - 1) * srcStride + in + 5);
		for (boolean accumulate : new boolean[] { false, true }) {
			float[] scalar = randoms(new Random(7), pixels * out + 3);
			float[] vector = scalar.clone();

			ScalarKernels.multiply(matrix, 0, in, src, 5, srcStride, pixels, accumulate, scalar, 3, matrix.scratch());
			VectorKernels.multiply(matrix, 0, in, src, 5, srcStride, pixels, accumulate, vector, 3);

			for (int i = 0; i < scalar.length; i++) {
				assertThat(vector[i]).as("value %d, accumulate %s", i, accumulate)
					.isCloseTo(scalar[i], within(1e-4f * (1 + Math.abs(scalar[i]))));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 16, 25 })
	void multiply_readsTheGivenRowsOfTheMatrix(int out) {
		Random random = new Random(3);
		Matrix matrix = Matrix.of(randoms(random, 27 * out), 27, out, randoms(random, out));
		float[] src = randoms(random, 9 * 10);
		float[] scalar = new float[10 * out];
		float[] vector = new float[10 * out];

		ScalarKernels.multiply(matrix, 9, 9, src, 0, 9, 10, false, scalar, 0, matrix.scratch());
		VectorKernels.multiply(matrix, 9, 9, src, 0, 9, 10, false, vector, 0);

		int o = out - 3;
		for (int pixel : new int[] { 2, 9 }) {
			float expected = matrix.bias()[o];
			for (int j = 0; j < 9; j++) {
				expected += src[pixel * 9 + j] * matrix.rows()[9 + j][o];
			}
			assertThat(scalar[pixel * out + o]).isCloseTo(expected, within(1e-5f));
			assertThat(vector[pixel * out + o]).isCloseTo(expected, within(1e-5f));
		}
	}

	private static float[] randoms(Random random, int length) {
		float[] values = new float[length];
		for (int i = 0; i < length; i++) {
			values[i] = random.nextFloat() * 2 - 1;
		}
		return values;
	}

}
