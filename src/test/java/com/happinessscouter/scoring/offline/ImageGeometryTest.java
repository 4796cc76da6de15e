package com.happinessscouter.scoring.offline;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Padding, tiling and suppression: the geometry around the networks (EXIF orientation:
 * {@code images}).
 */
class ImageGeometryTest {

	@Test
	void netInput_padsCentredOrAtTheEndAndNormalises() {
		RgbImage image = new RgbImage(2, 4);
		java.util.Arrays.fill(image.rgb, (byte) 255);
		float[] mean = { 0, 0, 0 };
		FeatureMap centred = NetInput.of(image, NetInput.Region.whole(image), 4, true, mean, new Workspace());
		FeatureMap atEnd = NetInput.of(image, NetInput.Region.whole(image), 4, false, mean, new Workspace());
		assertThat(row(centred, 0)).containsExactly(0f, 1f, 1f, 0f);
		assertThat(row(atEnd, 0)).containsExactly(1f, 1f, 0f, 0f);
	}

	@Test
	void tiles_overlapAndCoverTheImage() {
		assertThat(Tiling.starts(1920, 832)).containsExactly(0, 544, 1088);
		assertThat(Tiling.starts(854, 832)).containsExactly(0);
		List<NetInput.Region> tiles = Tiling.crowdTiles(1920, 854, 416, List.of(), 0);
		assertThat(tiles).containsExactly(new NetInput.Region(0, 0, 832, 854), new NetInput.Region(544, 0, 832, 854),
				new NetInput.Region(1088, 0, 832, 854));
		assertThat(Tiling.crowdTiles(800, 600, 416, List.of(), 0)).isEmpty();
	}

	@Test
	void tiles_areSkippedWhenTheFirstPassFoundLargeFacesAndNoHints() {
		List<Detection> faces = List.of(new Detection(100, 100, 300, 300, 0.9), new Detection(800, 100, 300, 300, 0.9),
				new Detection(1400, 100, 300, 300, 0.9));
		assertThat(Tiling.crowdTiles(1920, 1350, 416, faces, 0)).isEmpty();
		assertThat(Tiling.crowdTiles(1920, 1350, 416, faces, 2)).isNotEmpty();
		assertThat(Tiling.crowdTiles(1920, 1350, 416, List.of(new Detection(100, 100, 200, 200, 0.9)), 0)).isNotEmpty();
	}

	@Test
	void nonMaxSuppression_keepsTheBestOfOverlappingBoxes() {
		Detection best = new Detection(0, 0, 100, 100, 0.9);
		Detection overlapping = new Detection(10, 10, 100, 100, 0.8);
		Detection apart = new Detection(200, 0, 100, 100, 0.7);
		Detection inside = new Detection(50, 50, 40, 40, 0.95);
		assertThat(NonMaxSuppression.byIou(List.of(overlapping, apart, best), 0.4)).containsExactly(best, apart);
		assertThat(NonMaxSuppression.byIou(List.of(best, inside), 0.4)).containsExactly(inside, best);
		assertThat(NonMaxSuppression.byIouOrContainment(List.of(best, inside), 0.4, 0.6)).containsExactly(inside);
	}

	private static float[] row(FeatureMap map, int y) {
		float[] red = new float[map.width];
		for (int x = 0; x < map.width; x++) {
			red[x] = map.data[(y * map.width + x) * map.channels];
		}
		return red;
	}

}
