package com.happinessscouter.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;

import com.happinessscouter.images.ImageRejectedException.Reason;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The pixel budget comes before any decode; what is decoded is reduced and upright.
 */
class ImagesTest {

	private final Images images = new Images(new ImagesProperties(40_000_000L, 256));

	@Test
	void progressiveJpegDeclaring65500Squared_isRefusedFromItsHeaderAlone() throws Exception {
		byte[] bomb = TestImages.progressiveBomb(65_500, 65_500);
		assertThat(bomb.length).as("a few kilobytes").isLessThan(12_000);
		assertThat(this.images.inspect(TestImages.progressiveBomb(64, 48)).progressive()).isTrue();

		long before = allocatedBytes();
		long start = System.nanoTime();
		assertThat(refusal(() -> this.images.inspect(bomb))).isEqualTo(Reason.TOO_MANY_PIXELS);
		assertThat(refusal(() -> this.images.decode(bomb, Images.ANY_SIDE))).isEqualTo(Reason.TOO_MANY_PIXELS);
		assertThat(refusal(() -> this.images.decode(bomb, 256))).isEqualTo(Reason.TOO_MANY_PIXELS);
		assertThat(allocatedBytes() - before).as("bytes allocated: nothing was decoded").isLessThan(1_000_000L);
		assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(1_000_000_000L);
	}

	@Test
	void baselineJpegAndPngDeclaringHugeSizes_areRefusedBeforeDecoding() {
		byte[] baseline = TestImages.withFrameSize(TestImages.encodedJpeg(image(64, 48), false), 65_500, 65_500);
		byte[] png = TestImages.png(100_000, 100_000);
		byte[] wide = TestImages.withChunk(TestImages.png(2_000_000_000, 21), "tEXt", new byte[100]);

		assertThat(refusal(() -> this.images.decode(baseline, 256))).isEqualTo(Reason.TOO_MANY_PIXELS);
		assertThat(refusal(() -> this.images.decode(png, 256))).isEqualTo(Reason.TOO_MANY_PIXELS);
		assertThat(refusal(() -> this.images.inspect(wide))).isEqualTo(Reason.TOO_MANY_PIXELS);
	}

	@Test
	void maxPixels_isConfigurable() throws Exception {
		byte[] photo = TestImages.encodedJpeg(image(512, 512), false);
		Images strict = new Images(new ImagesProperties(512 * 511, 256));

		assertThat(refusal(() -> strict.inspect(photo))).isEqualTo(Reason.TOO_MANY_PIXELS);
		assertThat(this.images.inspect(photo).pixels()).isEqualTo(512 * 512);
	}

	@Test
	void largeLegitPhoto_decodesSubsampled() throws Exception {
		BufferedImage large = new BufferedImage(8000, 5000, BufferedImage.TYPE_BYTE_GRAY);
		byte[] jpeg = TestImages.encodedJpeg(large, false);

		long before = allocatedBytes();
		DecodedImage whole = this.images.decode(jpeg, Images.ANY_SIDE);
		long allocated = allocatedBytes() - before;
		DecodedImage small = this.images.decode(jpeg, 256);

		assertThat(whole.subsampling()).isEqualTo(4);
		assertThat(whole.image().getWidth()).isEqualTo(2000);
		assertThat(whole.image().getHeight()).isEqualTo(1250);
		assertThat(allocated).as("bytes allocated (the full-resolution grey image is 40 MB)").isLessThan(20_000_000L);
		assertThat(small.subsampling()).isEqualTo(20);
		assertThat(small.image().getHeight()).isEqualTo(250);
		assertThat(small.header().width()).isEqualTo(8000);
	}

	@Test
	void jpegWithHugeAppSegments_isReadAndDecoded() throws Exception {
		byte[] jpeg = TestImages.withSegments(TestImages.encodedJpeg(image(300, 200), false), 0xE1, 160, 65_000);
		assertThat(jpeg.length).isGreaterThan(10_000_000);

		DecodedImage decoded = this.images.decode(jpeg, Images.ANY_SIDE);

		assertThat(decoded.image().getWidth()).isEqualTo(300);
		assertThat(refusal(() -> this.images.inspect(TestImages.withFrameSize(jpeg, 65_500, 65_500))))
			.isEqualTo(Reason.TOO_MANY_PIXELS);
	}

	@Test
	void pngWithHugeTextChunks_isReadAndDecoded() throws Exception {
		byte[] png = TestImages.encodedPng(image(300, 200));
		byte[] text = TestImages.withChunk(png, "tEXt", new byte[8_000_000]);
		byte[] zeros = new byte[8_000_000];
		byte[] compressed = TestImages.withChunk(png, "zTXt", deflate(zeros));

		assertThat(this.images.decode(text, Images.ANY_SIDE).image().getWidth()).isEqualTo(300);
		assertThat(this.images.decode(compressed, Images.ANY_SIDE).image().getWidth()).isEqualTo(300);
	}

	@Test
	void truncatedFiles_areRefused() {
		byte[] jpeg = TestImages.encodedJpeg(image(300, 200), true);
		byte[] png = TestImages.encodedPng(image(300, 200));

		assertThat(refusal(() -> this.images.inspect(Arrays.copyOf(jpeg, 40)))).isEqualTo(Reason.TRUNCATED);
		assertThat(refusal(() -> this.images.decode(Arrays.copyOf(jpeg, jpeg.length / 2), 256)))
			.isEqualTo(Reason.TRUNCATED);
		assertThat(refusal(() -> this.images.decode(Arrays.copyOf(jpeg, jpeg.length - 2), 256)))
			.isEqualTo(Reason.TRUNCATED);
		assertThat(refusal(() -> this.images.decode(Arrays.copyOf(png, png.length / 2), 256))).isIn(Reason.TRUNCATED,
				Reason.CORRUPT);
	}

	@Test
	void notAJpegOrPng_isUnsupported() {
		assertThat(refusal(() -> this.images.inspect(null))).isEqualTo(Reason.UNSUPPORTED_FORMAT);
		assertThat(refusal(() -> this.images.decode("<html></html>".getBytes(), 256)))
			.isEqualTo(Reason.UNSUPPORTED_FORMAT);
	}

	@Test
	void exifOrientations6And8_turnTheDecodedImageAQuarter_and3_aHalf() throws Exception {
		BufferedImage stored = image(40, 20);
		stored.setRGB(0, 0, 0xFFFFFF);
		stored.setRGB(1, 0, 0xFFFFFF);
		stored.setRGB(0, 1, 0xFFFFFF);
		stored.setRGB(1, 1, 0xFFFFFF);
		byte[] jpeg = TestImages.encodedJpeg(stored, false);

		assertThat(whiteCorner(this.images.decode(TestImages.withOrientation(jpeg, 6), 256)))
			.isEqualTo("19,0 of 20x40");
		assertThat(whiteCorner(this.images.decode(TestImages.withOrientation(jpeg, 8), 256)))
			.isEqualTo("0,39 of 20x40");
		assertThat(whiteCorner(this.images.decode(TestImages.withOrientation(jpeg, 3), 256)))
			.isEqualTo("39,19 of 40x20");
		assertThat(whiteCorner(this.images.decode(jpeg, 256))).isEqualTo("0,0 of 40x20");
	}

	/** Which corner of the decoded image is bright, and its size. */
	private static String whiteCorner(DecodedImage decoded) {
		BufferedImage image = decoded.image();
		int w = image.getWidth();
		int h = image.getHeight();
		for (int[] corner : new int[][] { { 0, 0 }, { w - 1, 0 }, { 0, h - 1 }, { w - 1, h - 1 } }) {
			if ((image.getRGB(corner[0], corner[1]) & 0xFF) > 128) {
				return corner[0] + "," + corner[1] + " of " + w + "x" + h;
			}
		}
		return "none of " + w + "x" + h;
	}

	private static BufferedImage image(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
		image.getGraphics().fillRect(width / 4, height / 4, width / 2, height / 2);
		return image;
	}

	private static byte[] deflate(byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0); // an empty keyword's terminator
		out.write(0); // compression method: deflate
		try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
			deflater.write(data);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static Reason refusal(ThrowingCallable call) {
		ImageRejectedException refused = catchThrowableOfType(ImageRejectedException.class, call);
		assertThat(refused).as("refused").isNotNull();
		return refused.reason();
	}

	private static long allocatedBytes() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}

}
