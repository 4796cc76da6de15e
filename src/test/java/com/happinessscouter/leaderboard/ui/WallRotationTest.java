package com.happinessscouter.leaderboard.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.happinessscouter.leaderboard.Showcased;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WallRotationTest {

	private static final Duration PAGE = Duration.ofSeconds(8);

	private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

	private final WallRotation rotation = new WallRotation(PAGE, 2);

	@Test
	void wall_showsEveryPhotoOnceARound_newestFirst_thenStartsAgain() {
		List<Showcased> photos = newestFirst(5);

		assertThat(ids(page(0, photos))).containsExactly("p5", "p4");
		assertThat(ids(page(7, photos))).containsExactly("p5", "p4");
		assertThat(ids(page(8, photos))).containsExactly("p3", "p2");
		assertThat(ids(page(16, photos))).containsExactly("p1");
		assertThat(ids(page(24, photos))).containsExactly("p5", "p4");
	}

	@Test
	void wall_aPhotoSentMeanwhile_comesUpNext_andTheRoundStillReachesTheOldest() {
		List<Showcased> photos = new ArrayList<>(newestFirst(4));
		page(0, photos);
		photos.addFirst(photo(9));

		assertThat(ids(page(8, photos))).containsExactly("p9", "p2");
		assertThat(ids(page(16, photos))).containsExactly("p1");
	}

	@Test
	void wall_aPhotoHiddenWhileShown_leavesThePageAtOnce() {
		List<Showcased> photos = newestFirst(4);
		page(0, photos);

		assertThat(ids(page(1, photos.subList(1, 4)))).containsExactly("p3");
		assertThat(ids(page(2, photos.subList(2, 4)))).containsExactly("p2", "p1");
	}

	@Test
	void wall_withoutPhotos_isEmpty() {
		assertThat(page(0, List.of())).isEmpty();
	}

	private List<Showcased> page(long seconds, List<Showcased> photos) {
		return this.rotation.page(this.clock.instant().plusSeconds(seconds), photos);
	}

	private static List<Showcased> newestFirst(int count) {
		return IntStream.iterate(count, (i) -> i >= 1, (i) -> i - 1).mapToObj(WallRotationTest::photo).toList();
	}

	private static Showcased photo(int n) {
		return new Showcased("U" + n, "p" + n, "Guest " + n, 1000L * n, "photos/" + n + ".jpg",
				Instant.parse("2026-12-04T09:00:00Z").plusSeconds(n), Showcased.State.VISIBLE);
	}

	private static List<String> ids(List<Showcased> photos) {
		return photos.stream().map(Showcased::imageId).toList();
	}

}
