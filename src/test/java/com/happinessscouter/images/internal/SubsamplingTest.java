package com.happinessscouter.images.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubsamplingTest {

	private static final long DECODED = 4_200_000L;

	@Test
	void largePhotos_areReducedUnderTheDecodedPixels() {
		assertThat(Subsampling.factor(1920, 1350, Integer.MAX_VALUE, DECODED)).isEqualTo(1);
		assertThat(Subsampling.factor(4032, 3024, Integer.MAX_VALUE, DECODED)).isEqualTo(2);
		assertThat(Subsampling.factor(8000, 6000, Integer.MAX_VALUE, DECODED)).isEqualTo(4);
		assertThat(Subsampling.factor(10_000, 10_000, Integer.MAX_VALUE, DECODED)).isEqualTo(5);
	}

	@Test
	void aShortSide_keepsTheShorterSideAtMostThat() {
		assertThat(Subsampling.factor(512, 512, 256, DECODED)).isEqualTo(2);
		assertThat(Subsampling.factor(4032, 3024, 256, DECODED)).isEqualTo(12);
		assertThat(Subsampling.factor(200, 100, 256, DECODED)).isEqualTo(1);
		assertThat(Subsampling.factor(40_000_000, 1, 256, DECODED)).as("a line: the pixels decide").isEqualTo(10);
	}

}
