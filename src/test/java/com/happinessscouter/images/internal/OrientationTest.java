package com.happinessscouter.images.internal;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OrientationTest {

	/** A 3x2 image whose pixels hold their index; each orientation shows it upright. */
	@ParameterizedTest
	@CsvSource({ "1, 3, 0 1 2 3 4 5", "2, 3, 2 1 0 5 4 3", "3, 3, 5 4 3 2 1 0", "4, 3, 3 4 5 0 1 2",
			"5, 2, 0 3 1 4 2 5", "6, 2, 3 0 4 1 5 2", "7, 2, 5 2 4 1 3 0", "8, 2, 2 5 1 4 0 3" })
	void orientation_turnsTheStoredPixelsUpright(int orientation, int uprightWidth, String expected) {
		for (int type : new int[] { BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_BYTE_GRAY,
				BufferedImage.TYPE_INT_ARGB }) {
			BufferedImage stored = new BufferedImage(3, 2, type);
			for (int i = 0; i < 6; i++) {
				stored.getRaster().setSample(i % 3, i / 3, 0, i);
			}
			BufferedImage upright = Orientation.upright(stored, orientation);
			assertThat(upright.getType()).as("type kept").isEqualTo(type);
			assertThat(upright.getWidth()).isEqualTo(uprightWidth);
			StringBuilder pixels = new StringBuilder();
			for (int y = 0; y < upright.getHeight(); y++) {
				for (int x = 0; x < upright.getWidth(); x++) {
					pixels.append(pixels.isEmpty() ? "" : " ").append(upright.getRaster().getSample(x, y, 0));
				}
			}
			assertThat(pixels).as("type %d", type).hasToString(expected);
		}
	}

	@Test
	void uprightOrUnknownOrientation_isTheSameImage() {
		BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_3BYTE_BGR);
		assertThat(Orientation.upright(image, 1)).isSameAs(image);
		assertThat(Orientation.upright(image, 0)).isSameAs(image);
		assertThat(Orientation.upright(image, 9)).isSameAs(image);
	}

}
