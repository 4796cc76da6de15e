package com.happinessscouter.scoring.offline;

import java.awt.image.BufferedImage;

import com.happinessscouter.images.Images;
import com.happinessscouter.images.ImagesProperties;
import com.happinessscouter.scoring.FailureReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PhotoDecoderTest {

	private final PhotoDecoder decoder = new PhotoDecoder(TestPhotos.IMAGES);

	@Test
	void pngAlpha_isCompositedOnWhite() throws Exception {
		BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
		image.setRGB(0, 0, 0x00000000);
		image.setRGB(1, 0, 0xFF102030);
		image.setRGB(2, 0, 0x80000000);
		DecodedPhoto photo = this.decoder.decode(TestPhotos.encode(image, "png"));
		assertThat(rgb(photo.image(), 0, 0)).containsExactly(255, 255, 255);
		assertThat(rgb(photo.image(), 1, 0)).containsExactly(0x10, 0x20, 0x30);
		assertThat(rgb(photo.image(), 2, 0)).containsExactly(127, 127, 127);
	}

	@Test
	void greyPng_keepsItsValues() throws Exception {
		BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_BYTE_GRAY);
		image.getRaster().setSample(5, 7, 0, 100);
		DecodedPhoto photo = this.decoder.decode(TestPhotos.encode(image, "png"));
		assertThat(rgb(photo.image(), 5, 7)).containsExactly(100, 100, 100);
	}

	@Test
	void exifOrientation_turnsThePhotoUpright() throws Exception {
		DecodedPhoto stored = this.decoder.decode(TestPhotos.bytes(TestPhotos.SAMPLE3));
		assertThat(stored.width()).isEqualTo(1920);
		assertThat(stored.height()).isEqualTo(1350);
		DecodedPhoto rotated = this.decoder.decode(TestPhotos.bytes("grace_hopper_exif_orientation_6.jpg"));
		assertThat(rotated.image().width).isEqualTo(512);
		assertThat(rotated.subsampling()).isEqualTo(1);
	}

	@Test
	void thePixelBudget_isTooLarge() {
		PhotoDecoder strict = new PhotoDecoder(new Images(new ImagesProperties(512 * 511, 256)));
		assertThatExceptionOfType(PhotoRejectedException.class)
			.isThrownBy(() -> strict.decode(TestPhotos.bytes(TestPhotos.GRACE_HOPPER)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(FailureReason.IMAGE_TOO_LARGE));
	}

	private static int[] rgb(RgbImage image, int x, int y) {
		return new int[] { image.sample(x, y, 0), image.sample(x, y, 1), image.sample(x, y, 2) };
	}

}
