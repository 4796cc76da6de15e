package com.happinessscouter.submission.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import com.happinessscouter.images.ImageRejectedException;
import com.happinessscouter.images.Images;
import com.happinessscouter.images.ImagesProperties;
import com.happinessscouter.images.TestImages;
import com.happinessscouter.support.PhotoCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link PerceptualHash}: copies of a photo stay close, different photos do
 * not.
 */
class PerceptualHashTest {

	private static final String HOPPER = "grace_hopper_512x512.jpg";

	private static final String SAMPLE = "sample3.jpg";

	private static final Images IMAGES = new Images(new ImagesProperties(40_000_000L, 256));

	@ParameterizedTest
	@ValueSource(strings = { HOPPER, SAMPLE })
	void sameBytesSameHash(String name) throws IOException {
		byte[] bytes = photo(name);
		assertThat(measure(name, "same bytes", bytes, bytes)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { HOPPER, SAMPLE })
	void downscaledJpegIsNear(String name) throws IOException {
		byte[] bytes = photo(name);
		BufferedImage image = decode(bytes);
		BufferedImage smaller = PhotoCopies.scale(image, image.getWidth() * 6 / 10, image.getHeight() * 6 / 10);
		assertThat(measure(name, "60% JPEG q0.6", bytes, PhotoCopies.jpeg(smaller, 0.6f))).isLessThanOrEqualTo(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { HOPPER, SAMPLE })
	void pngIsNear(String name) throws IOException {
		byte[] bytes = photo(name);
		assertThat(measure(name, "PNG", bytes, png(decode(bytes)))).isLessThanOrEqualTo(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { HOPPER, SAMPLE })
	void brighterIsNear(String name) throws IOException {
		byte[] bytes = photo(name);
		BufferedImage image = rgb(decode(bytes));
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int r = Math.min(255, ((rgb >> 16) & 0xFF) + 10);
				int g = Math.min(255, ((rgb >> 8) & 0xFF) + 10);
				int b = Math.min(255, (rgb & 0xFF) + 10);
				image.setRGB(x, y, (r << 16) | (g << 8) | b);
			}
		}
		assertThat(measure(name, "+10 brighter", bytes, png(image))).isLessThanOrEqualTo(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { HOPPER, SAMPLE })
	void croppedBorderIsNear(String name) throws IOException {
		byte[] bytes = photo(name);
		BufferedImage image = decode(bytes);
		BufferedImage cropped = rgb(image.getSubimage(1, 1, image.getWidth() - 2, image.getHeight() - 2));
		assertThat(measure(name, "1px border cropped", bytes, png(cropped))).isLessThanOrEqualTo(3);
	}

	@Test
	void differentPhotosAreFar() throws IOException {
		assertThat(measure("both", "different photos", photo(HOPPER), photo(SAMPLE))).isGreaterThanOrEqualTo(12);
	}

	@Test
	void largePhotoIsNear() throws IOException {
		byte[] bytes = photo(HOPPER);
		byte[] large = PhotoCopies.jpeg(PhotoCopies.scale(decode(bytes), 4000, 3000), 0.9f);
		long start = System.nanoTime();
		long hash = hash(large);
		System.out.printf("pHash of a 4000x3000 JPEG (%d KB) took %d ms%n", large.length / 1024,
				(System.nanoTime() - start) / 1_000_000);
		int distance = PerceptualHash.distance(hash(PhotoCopies.jpeg(PhotoCopies.scale(decode(bytes), 400, 300), 0.9f)),
				hash);
		System.out.printf("pHash distance %-26s %-20s %d%n", HOPPER, "4000x3000 vs 400x300", distance);
		assertThat(distance).isLessThanOrEqualTo(3);
	}

	@Test
	void greyCopyIsNear() throws IOException {
		assertThat(measure(HOPPER, "greyscale JPEG", photo(HOPPER), photo("grace_hopper_grey.jpg")))
			.isLessThanOrEqualTo(3);
	}

	@Test
	void cmykCopyIsNear() throws IOException {
		// decoded by the TwelveMonkeys reader (a dependency) before the JDK's
		assertThat(measure(HOPPER, "CMYK JPEG", photo(HOPPER), photo("grace_hopper_cmyk.jpg"))).isLessThanOrEqualTo(3);
	}

	@Test
	void transparentPngDecodes() throws IOException {
		byte[] alpha = photo("grace_hopper_alpha.png");
		assertThat(hash(alpha)).isEqualTo(hash(alpha.clone()));
	}

	@Test
	void garbageIsUnreadable() {
		byte[] garbage = "not an image at all".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(ImageRejectedException.class).isThrownBy(() -> PerceptualHash.of(garbage, IMAGES))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(ImageRejectedException.Reason.UNSUPPORTED_FORMAT));
	}

	@Test
	void decompressionBombIsRefusedBeforeDecoding() {
		byte[] bomb = TestImages.progressiveBomb(65_500, 65_500);
		assertThatExceptionOfType(ImageRejectedException.class).isThrownBy(() -> PerceptualHash.of(bomb, IMAGES))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(ImageRejectedException.Reason.TOO_MANY_PIXELS));
	}

	@Test
	void exifRotatedCopyIsNear() throws IOException {
		// decoded upright, as the analyzer sees it
		assertThat(measure(HOPPER, "EXIF orientation 6", photo(HOPPER), photo("grace_hopper_exif_orientation_6.jpg")))
			.isLessThanOrEqualTo(3);
	}

	@Test
	void blocksReassembleTheHash() throws IOException {
		long hash = hash(photo(SAMPLE));
		long reassembled = 0;
		for (int i = 0; i < PerceptualHash.BLOCKS; i++) {
			int block = PerceptualHash.block(hash, i);
			assertThat(block).isBetween(0, 0xFFFF);
			reassembled = (reassembled << 16) | block;
		}
		assertThat(reassembled).isEqualTo(hash);
		assertThat(PerceptualHash.block(0xABCD_0000_0000_1234L, 0)).isEqualTo(0xABCD);
		assertThat(PerceptualHash.block(0xABCD_0000_0000_1234L, 3)).isEqualTo(0x1234);
	}

	@Test
	void distanceCountsDifferingBits() {
		assertThat(PerceptualHash.distance(0L, -1L)).isEqualTo(64);
		assertThat(PerceptualHash.distance(0b1011L, 0b0001L)).isEqualTo(2);
	}

	private static long hash(byte[] image) {
		try {
			return PerceptualHash.of(image, IMAGES);
		}
		catch (ImageRejectedException ex) {
			throw new AssertionError(ex);
		}
	}

	private static int measure(String name, String what, byte[] a, byte[] b) {
		int distance = PerceptualHash.distance(hash(a), hash(b));
		System.out.printf("pHash distance %-26s %-20s %d%n", name, what, distance);
		return distance;
	}

	private byte[] photo(String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/photos/" + name)) {
			assertThat(in).as(name).isNotNull();
			return in.readAllBytes();
		}
	}

	private static BufferedImage decode(byte[] bytes) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(bytes));
	}

	private static BufferedImage rgb(BufferedImage image) {
		return PhotoCopies.scale(image, image.getWidth(), image.getHeight());
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
