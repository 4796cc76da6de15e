package com.happinessscouter.scoring.offline;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32;

import com.happinessscouter.scoring.Analysis;
import com.happinessscouter.scoring.FailureReason;
import com.happinessscouter.scoring.ImageSize;
import com.happinessscouter.scoring.PhotoToAnalyze;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.happinessscouter.scoring.offline.TestPhotos.photo;
import static org.assertj.core.api.Assertions.assertThat;

/** Photos the analyzer must refuse, or survive, without throwing. */
class UnusablePhotoTest {

	private static OfflineFaceAnalyzer analyzer;

	@BeforeAll
	static void loadModels() {
		analyzer = new OfflineFaceAnalyzer(OfflineAnalyzerSettings.defaults(), TestPhotos.IMAGES);
	}

	@Test
	void tinyImage_isTooSmall() {
		BufferedImage tiny = new BufferedImage(60, 60, BufferedImage.TYPE_3BYTE_BGR);
		assertFailure(TestPhotos.encode(tiny, "jpg"), FailureReason.IMAGE_TOO_SMALL);
		assertFailure(TestPhotos.encode(new BufferedImage(400, 79, BufferedImage.TYPE_INT_ARGB), "png"),
				FailureReason.IMAGE_TOO_SMALL);
	}

	@Test
	void truncatedJpegs_areUnreadable() {
		byte[] progressive = TestPhotos.bytes(TestPhotos.GRACE_HOPPER);
		byte[] baseline = TestPhotos.bytes(TestPhotos.SAMPLE3);
		assertFailure(Arrays.copyOf(progressive, progressive.length * 2 / 5), FailureReason.UNREADABLE_IMAGE);
		assertFailure(Arrays.copyOf(baseline, baseline.length / 2), FailureReason.UNREADABLE_IMAGE);
		assertFailure(Arrays.copyOf(baseline, baseline.length - 2), FailureReason.UNREADABLE_IMAGE);
		assertFailure(Arrays.copyOf(baseline, 400), FailureReason.UNREADABLE_IMAGE);
	}

	@Test
	void truncatedPng_isUnreadable() {
		byte[] png = TestPhotos.bytes("grace_hopper_alpha.png");
		assertFailure(Arrays.copyOf(png, png.length / 2), FailureReason.UNREADABLE_IMAGE);
		assertFailure(Arrays.copyOf(png, 30), FailureReason.UNREADABLE_IMAGE);
	}

	@Test
	void garbageHtmlAndEmptyBytes_areUnreadable() {
		byte[] garbage = new byte[5000];
		new java.util.Random(42).nextBytes(garbage);
		assertFailure(garbage, FailureReason.UNREADABLE_IMAGE);
		assertFailure("<!DOCTYPE html><html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8),
				FailureReason.UNREADABLE_IMAGE);
		assertFailure(new byte[0], FailureReason.UNREADABLE_IMAGE);
		assertFailure(null, FailureReason.UNREADABLE_IMAGE);
		assertFailure(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, FailureReason.UNREADABLE_IMAGE);
	}

	@Test
	void jpegWithCorruptData_isUnreadableOrAnalysedWithoutThrowing() {
		byte[] corrupt = TestPhotos.bytes(TestPhotos.SAMPLE3);
		for (int i = 2000; i < corrupt.length - 10; i += 997) {
			corrupt[i] = (byte) 0xFF;
			corrupt[i + 1] = (byte) 0xC4;
		}
		Analysis analysis = analyzer.analyze(photo(corrupt));
		assertThat(analysis).isNotNull();
	}

	@Test
	void decompressionBombs_areTooLargeBeforeDecoding() {
		assertFailure(pngHeader(30_000, 30_000), FailureReason.IMAGE_TOO_LARGE);
		byte[] jpeg = TestPhotos.bytes(TestPhotos.GRACE_HOPPER);
		int frame = startOfFrame(jpeg);
		jpeg[frame + 5] = jpeg[frame + 7] = (byte) 0xFF;
		jpeg[frame + 6] = jpeg[frame + 8] = (byte) 0xF0;
		assertFailure(jpeg, FailureReason.IMAGE_TOO_LARGE);
	}

	@Test
	void hugeJpeg_isAnalysedWithoutAFullResolutionBuffer() throws Exception {
		BufferedImage huge = new BufferedImage(8000, 5000, BufferedImage.TYPE_BYTE_GRAY);
		huge.getRaster().setSample(4000, 2500, 0, 200);
		byte[] jpeg = TestPhotos.encode(huge, "jpg");
		huge = null;
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long before = threads.getCurrentThreadAllocatedBytes();
		DecodedPhoto decoded = new PhotoDecoder(TestPhotos.IMAGES).decode(jpeg);
		long allocated = threads.getCurrentThreadAllocatedBytes() - before;
		assertThat(decoded.image().width).isEqualTo(2000);
		assertThat(decoded.scale()).isEqualTo(4);
		assertThat(allocated).as("bytes allocated decoding (a full-resolution RGB image is 120 MB)")
			.isLessThan(30_000_000L);
		assertThat(analyzer.analyze(photo(jpeg))).isEqualTo(new Analysis.NoFace(new ImageSize(8000, 5000)));
	}

	private static void assertFailure(byte[] bytes, FailureReason reason) {
		Analysis analysis = analyzer.analyze(new PhotoToAnalyze(bytes, "test-bucket", "test-key"));
		assertThat(analysis).isInstanceOfSatisfying(Analysis.Failed.class,
				(failed) -> assertThat(failed.reason()).isEqualTo(reason));
	}

	/** A PNG signature and a valid header claiming the given size, then no image data. */
	private static byte[] pngHeader(int width, int height) {
		byte[] header = HexFormat.of().parseHex("49484452%08x%08x0802000000".formatted(width, height));
		CRC32 crc = new CRC32();
		crc.update(header);
		String hex = "89504e470d0a1a0a0000000d" + HexFormat.of().formatHex(header) + "%08x".formatted(crc.getValue())
				+ "0000000049454e44ae426082";
		return HexFormat.of().parseHex(hex);
	}

	private static int startOfFrame(byte[] jpeg) {
		for (int i = 2; i < jpeg.length - 1; i++) {
			int marker = jpeg[i + 1] & 0xFF;
			if ((jpeg[i] & 0xFF) == 0xFF && (marker == 0xC0 || marker == 0xC2)) {
				return i;
			}
		}
		throw new AssertionError("No start of frame");
	}

}
