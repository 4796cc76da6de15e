package com.happinessscouter.images.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.happinessscouter.images.ImageFormat;
import com.happinessscouter.images.ImageHeader;
import com.happinessscouter.images.ImageRejectedException;
import com.happinessscouter.images.ImageRejectedException.Reason;
import com.happinessscouter.images.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class HeaderReaderTest {

	@Test
	void png_sizeFromIhdr() throws Exception {
		ImageHeader header = HeaderReader.read(TestImages.png(1920, 1080));

		assertThat(header).isEqualTo(new ImageHeader(ImageFormat.PNG, 1920, 1080, 1, false));
	}

	@Test
	void jpeg_withoutExif_sizeFromSof0() throws Exception {
		ImageHeader header = HeaderReader.read(TestImages.jpeg(640, 480));

		assertThat(header).isEqualTo(new ImageHeader(ImageFormat.JPEG, 640, 480, 1, false));
	}

	@Test
	void jpeg_exifOrientation6_bigEndian_swapsWidthAndHeight() throws Exception {
		ImageHeader header = HeaderReader.read(TestImages.jpeg(4032, 3024, 6, false, 0xC0));

		assertThat(header.orientation()).isEqualTo(6);
		assertThat(header.uprightWidth()).isEqualTo(3024);
		assertThat(header.uprightHeight()).isEqualTo(4032);
	}

	@Test
	void jpeg_exifOrientation8_littleEndian_progressive_swapsWidthAndHeight() throws Exception {
		ImageHeader header = HeaderReader.read(TestImages.jpeg(4032, 3024, 8, true, 0xC2));

		assertThat(header.progressive()).isTrue();
		assertThat(header.orientation()).isEqualTo(8);
		assertThat(header.uprightWidth()).isEqualTo(3024);
	}

	@Test
	void jpeg_exifOrientation3_keepsWidthAndHeight() throws Exception {
		ImageHeader header = HeaderReader.read(TestImages.jpeg(4032, 3024, 3, true, 0xC0));

		assertThat(header.orientation()).isEqualTo(3);
		assertThat(header.uprightWidth()).isEqualTo(4032);
		assertThat(header.uprightHeight()).isEqualTo(3024);
	}

	@Test
	void notAnImage_orNull_isUnsupported() {
		assertThat(reason(null)).isEqualTo(Reason.UNSUPPORTED_FORMAT);
		assertThat(reason(new byte[0])).isEqualTo(Reason.UNSUPPORTED_FORMAT);
		assertThat(reason("GIF89a not really".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo(Reason.UNSUPPORTED_FORMAT);
		assertThat(ImageFormat.sniff("GIF89a not really".getBytes(StandardCharsets.US_ASCII))).isEmpty();
	}

	@Test
	void everyPrefixCutBeforeTheFrameSize_isTruncated() {
		byte[] jpeg = TestImages.jpeg(640, 480, 6, false, 0xC0);
		for (int length = 3; length < jpeg.length - 14; length++) {
			assertThat(reason(Arrays.copyOf(jpeg, length))).as("prefix %d", length).isEqualTo(Reason.TRUNCATED);
		}
		assertThat(reason(Arrays.copyOf(TestImages.png(100, 100), 20))).isEqualTo(Reason.TRUNCATED);
	}

	@Test
	void zeroOrOutOfRangeSizes_areCorrupt() {
		assertThat(reason(TestImages.jpeg(0, 480))).isEqualTo(Reason.CORRUPT);
		assertThat(reason(TestImages.png(100, 0))).isEqualTo(Reason.CORRUPT);
		assertThat(reason(TestImages.png(-1, 100))).as("2^32 - 1 wide").isEqualTo(Reason.CORRUPT);
	}

	@Test
	void corruptBytes_areReadOrRefused_neverThrowAnythingElse() {
		byte[] jpeg = TestImages.jpeg(640, 480, 6, true, 0xC0);
		for (int i = 3; i < jpeg.length; i++) {
			for (int value : new int[] { 0x00, 0x7F, 0xFF }) {
				byte[] corrupt = jpeg.clone();
				corrupt[i] = (byte) value;
				try {
					HeaderReader.read(corrupt);
				}
				catch (ImageRejectedException refused) {
					assertThat(refused.reason()).isIn(Reason.TRUNCATED, Reason.CORRUPT);
				}
			}
		}
	}

	@Test
	void hugeSegmentsBeforeTheFrame_areSkippedByTheirLength() throws Exception {
		byte[] jpeg = TestImages.withSegments(TestImages.jpeg(640, 480, 6, false, 0xC0), 0xE2, 200, 65_000);

		assertThat(HeaderReader.read(jpeg)).isEqualTo(new ImageHeader(ImageFormat.JPEG, 640, 480, 6, false));
	}

	@Test
	void exifOrientation_isReadFromTheApp1SegmentOfRealPhotos() throws Exception {
		assertThat(HeaderReader.read(photo("grace_hopper_exif_orientation_6.jpg")).orientation()).isEqualTo(6);
		assertThat(HeaderReader.read(photo("grace_hopper_exif_orientation_8.jpg")).orientation()).isEqualTo(8);
		assertThat(HeaderReader.read(photo("grace_hopper_512x512.jpg")).orientation()).isEqualTo(1);
		assertThat(HeaderReader.read(photo("sample3.jpg")))
			.isEqualTo(new ImageHeader(ImageFormat.JPEG, 1920, 1350, 1, false));
	}

	@Test
	void pngEXifChunk_givesTheOrientation() throws Exception {
		byte[] png = TestImages.withChunk(TestImages.png(100, 50), "eXIf", TestImages.tiff(8, true));

		assertThat(HeaderReader.read(png).orientation()).isEqualTo(8);
	}

	@Test
	void aChunkDeclaredLongerThanTheFile_leavesTheOrientationUpright() throws Exception {
		byte[] png = TestImages.png(100, 50);
		byte[] cut = Arrays.copyOf(TestImages.withChunk(png, "tEXt", new byte[1000]), 300);

		assertThat(HeaderReader.read(cut).orientation()).isEqualTo(1);
	}

	private static byte[] photo(String name) throws IOException {
		try (InputStream in = HeaderReaderTest.class.getResourceAsStream("/photos/" + name)) {
			return in.readAllBytes();
		}
	}

	private static Reason reason(byte[] bytes) {
		ImageRejectedException refused = catchThrowableOfType(ImageRejectedException.class,
				() -> HeaderReader.read(bytes));
		assertThat(refused).as("refused").isNotNull();
		return refused.reason();
	}

}
