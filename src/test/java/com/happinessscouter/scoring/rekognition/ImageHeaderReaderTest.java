package com.happinessscouter.scoring.rekognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.happinessscouter.scoring.ImageSize;

class ImageHeaderReaderTest {

	@Test
	void png_sizeFromIhdr() {
		assertThat(ImageHeaderReader.read(TestImages.png(1920, 1080))).get()
			.extracting(ImageHeader::uprightSize)
			.isEqualTo(new ImageSize(1920, 1080));
	}

	@Test
	void jpeg_withoutExif_sizeFromSof0() {
		ImageHeader header = ImageHeaderReader.read(TestImages.jpeg(640, 480)).orElseThrow();

		assertThat(header.format()).isEqualTo(ImageHeader.ImageFormat.JPEG);
		assertThat(header.orientation()).isEqualTo(1);
		assertThat(header.uprightSize()).isEqualTo(new ImageSize(640, 480));
	}

	@Test
	void jpeg_exifOrientation6_bigEndian_swapsWidthAndHeight() {
		ImageHeader header = ImageHeaderReader.read(TestImages.jpeg(4032, 3024, 6, false, 0xC0)).orElseThrow();

		assertThat(header.orientation()).isEqualTo(6);
		assertThat(header.uprightSize()).isEqualTo(new ImageSize(3024, 4032));
	}

	@Test
	void jpeg_exifOrientation8_littleEndian_progressive_swapsWidthAndHeight() {
		ImageHeader header = ImageHeaderReader.read(TestImages.jpeg(4032, 3024, 8, true, 0xC2)).orElseThrow();

		assertThat(header.uprightSize()).isEqualTo(new ImageSize(3024, 4032));
	}

	@Test
	void jpeg_exifOrientation3_keepsWidthAndHeight() {
		ImageHeader header = ImageHeaderReader.read(TestImages.jpeg(4032, 3024, 3, true, 0xC0)).orElseThrow();

		assertThat(header.orientation()).isEqualTo(3);
		assertThat(header.uprightSize()).isEqualTo(new ImageSize(4032, 3024));
	}

	@Test
	void notAnImage_truncated_orNull_areEmpty() {
		byte[] jpeg = TestImages.jpeg(640, 480, 6, false, 0xC0);

		assertThat(ImageHeaderReader.read(null)).isEmpty();
		assertThat(ImageHeaderReader.read("GIF89a not really".getBytes())).isEmpty();
		assertThat(ImageHeaderReader.format("GIF89a not really".getBytes())).isEmpty();
		for (int length = 0; length < jpeg.length - 14; length++) {
			assertThat(ImageHeaderReader.read(Arrays.copyOf(jpeg, length))).as("prefix %d", length).isEmpty();
		}
		assertThat(ImageHeaderReader.read(Arrays.copyOf(TestImages.png(100, 100), 20))).isEmpty();
	}

	@Test
	void corruptBytes_neverThrow() {
		byte[] jpeg = TestImages.jpeg(640, 480, 6, true, 0xC0);
		for (int i = 2; i < jpeg.length; i++) {
			for (int value : new int[] { 0x00, 0x7F, 0xFF }) {
				byte[] corrupt = jpeg.clone();
				corrupt[i] = (byte) value;
				ImageHeaderReader.read(corrupt);
			}
		}
	}

}
