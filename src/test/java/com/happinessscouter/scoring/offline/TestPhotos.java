package com.happinessscouter.scoring.offline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.awt.image.BufferedImage;

import javax.imageio.ImageIO;

import com.happinessscouter.images.Images;
import com.happinessscouter.images.ImagesProperties;
import com.happinessscouter.scoring.Analysis;
import com.happinessscouter.scoring.Face;
import com.happinessscouter.scoring.PhotoToAnalyze;

import static org.assertj.core.api.Assertions.assertThat;

/** The test photos under {@code src/test/resources/photos/} and helpers around them. */
final class TestPhotos {

	static final String GRACE_HOPPER = "grace_hopper_512x512.jpg";

	static final String SAMPLE3 = "sample3.jpg";

	/** The decoder with the default pixel budget (40 megapixels). */
	static final Images IMAGES = new Images(new ImagesProperties(40_000_000L, 256));

	private TestPhotos() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = TestPhotos.class.getResourceAsStream("/photos/" + name)) {
			assertThat(in).as("test photo %s", name).isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static BufferedImage image(String name) {
		try {
			return ImageIO.read(TestPhotos.class.getResource("/photos/" + name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] encode(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			assertThat(ImageIO.write(image, format, out)).as("a writer for %s", format).isTrue();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static PhotoToAnalyze photo(byte[] bytes) {
		return new PhotoToAnalyze(bytes, "test-bucket", "test-key");
	}

	/** The faces of an analysis that must have found some. */
	static java.util.List<Face> faces(Analysis analysis) {
		assertThat(analysis).isInstanceOf(Analysis.Faces.class);
		return ((Analysis.Faces) analysis).faces();
	}

}
