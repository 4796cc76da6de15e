package com.happinessscouter.images.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.happinessscouter.images.ImageRejectedException;
import com.happinessscouter.images.ImageRejectedException.Reason;
import com.happinessscouter.images.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class DecodeMemoryTest {

	@Test
	void progressiveJpeg_holdsEveryCoefficientOfItsComponents() throws Exception {
		byte[] jpeg = TestImages.encodedJpeg(new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR), true);

		long estimate = DecodeMemory.estimate(jpeg, HeaderReader.read(jpeg), 1, 40_000_000L);

		long luma = 8 * 6 * 128;
		long chroma = 2 * (4 * 3 * 128);
		assertThat(estimate).as("4:2:0 coefficients and the decoded pixels").isEqualTo(luma + chroma + 64 * 48 * 8);
	}

	@Test
	void baselineJpeg_holdsItsReducedOutputOnly() throws Exception {
		byte[] jpeg = TestImages.encodedJpeg(new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR), false);

		assertThat(DecodeMemory.estimate(jpeg, HeaderReader.read(jpeg), 4, 40_000_000L)).isEqualTo(16 * 12 * 8);
	}

	@Test
	void progressiveJpegWithMoreCoefficientsThanAFullColourPhoto_isTooManyPixels() throws Exception {
		byte[] fourComponents = progressiveFrame(2000, 2000, 4);
		byte[] threeComponents = progressiveFrame(2000, 2000, 3);

		assertThatExceptionOfType(ImageRejectedException.class)
			.isThrownBy(() -> DecodeMemory.estimate(fourComponents, HeaderReader.read(fourComponents), 1, 4_000_000L))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.TOO_MANY_PIXELS));
		assertThat(DecodeMemory.estimate(threeComponents, HeaderReader.read(threeComponents), 1, 4_000_000L))
			.isPositive();
	}

	@Test
	void decodes_waitForTheirShareOfTheMemory() throws Exception {
		DecodeMemory memory = new DecodeMemory(10);
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> run(memory, 8, () -> {
			holding.countDown();
			return release.await(10, TimeUnit.SECONDS);
		}));
		assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> run(memory, 8, () -> true));

		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !second.isDone());
		assertThat(run(memory, 2, () -> true)).as("what is left is free").isTrue();
		release.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
		assertThat(second.get(5, TimeUnit.SECONDS)).isTrue();
		assertThat(run(memory, 1000, () -> true)).as("larger than the whole: runs alone").isTrue();
	}

	private static boolean run(DecodeMemory memory, long megabytes, Work work) {
		try {
			return memory.within(megabytes * 1024 * 1024, () -> {
				try {
					return work.run();
				}
				catch (InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		catch (ImageRejectedException ex) {
			throw new AssertionError(ex);
		}
	}

	@FunctionalInterface
	private interface Work {

		boolean run() throws InterruptedException;

	}

	/** SOI and a progressive frame header with full-size components, then a scan. */
	private static byte[] progressiveFrame(int width, int height, int components) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC2 });
		int length = 8 + 3 * components;
		out.writeBytes(new byte[] { (byte) (length >> 8), (byte) length, 8, (byte) (height >> 8), (byte) height,
				(byte) (width >> 8), (byte) width, (byte) components });
		for (int i = 0; i < components; i++) {
			out.writeBytes(new byte[] { (byte) (i + 1), 0x11, 0 });
		}
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xDA, 0, 2 });
		return out.toByteArray();
	}

}
