package com.happinessscouter.scoring.offline;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

import com.happinessscouter.scoring.Face;
import org.junit.jupiter.api.Test;

import static com.happinessscouter.scoring.offline.TestPhotos.faces;
import static com.happinessscouter.scoring.offline.TestPhotos.photo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crowd shot: 20 faces of about 100 px in a 1920x854 photo. A single detector pass at
 * 416 sees them at about 22 px and finds none; the tiled second pass must find them.
 */
class CrowdPhotoTest {

	private static final int WIDTH = 1920;

	private static final int HEIGHT = 854;

	/**
	 * Faces of the test photos (left, top, width, height), from the reference library.
	 */
	static final List<SourceFace> SOURCES = List.of(new SourceFace(TestPhotos.GRACE_HOPPER, 141.3, 116.2, 232.4, 221.2),
			new SourceFace(TestPhotos.SAMPLE3, 525.4, 370.0, 313.4, 271.0),
			new SourceFace(TestPhotos.SAMPLE3, 1004.9, 252.4, 324.6, 275.5),
			new SourceFace(TestPhotos.SAMPLE3, 1444.3, 342.3, 289.1, 270.1));

	@Test
	void crowdPhoto_findsMostOfTwentySmallFaces() {
		OfflineFaceAnalyzer analyzer = new OfflineFaceAnalyzer(OfflineAnalyzerSettings.defaults(), TestPhotos.IMAGES);
		byte[] crowd = TestPhotos.encode(crowd(100), "jpg");
		List<Face> faces = faces(analyzer.analyze(photo(crowd)));
		assertThat(faces).hasSizeBetween(16, 20);
		assertThat(faces).allSatisfy((face) -> assertThat(face.box().width()).isBetween(60.0, 160.0));
	}

	@Test
	void crowdPhoto_firstPassAloneMissesTheFaces() {
		TinyFaceDetector detector = new TinyFaceDetector(
				ModelWeights.load(ModelWeights.FACE_API_LOCATION, TinyFaceDetector.MODEL_NAME));
		RgbImage image = Rasters.toRgb(crowd(100));
		List<Detection> firstPass = detector.detect(image, NetInput.Region.whole(image), 416, 0.6);
		assertThat(firstPass).hasSizeLessThan(4);
	}

	/**
	 * 20 face crops, each scaled so that its face is about {@code faceSize} px wide, on a
	 * gradient.
	 */
	static BufferedImage crowd(int faceSize) {
		BufferedImage out = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D graphics = out.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(70, 90, 120), WIDTH, HEIGHT, new Color(160, 150, 130)));
		graphics.fillRect(0, 0, WIDTH, HEIGHT);
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		BufferedImage grace = TestPhotos.image(TestPhotos.GRACE_HOPPER);
		BufferedImage sample3 = TestPhotos.image(TestPhotos.SAMPLE3);
		for (int n = 0; n < 20; n++) {
			SourceFace source = SOURCES.get(n % SOURCES.size());
			BufferedImage image = source.photo().equals(TestPhotos.GRACE_HOPPER) ? grace : sample3;
			double size = faceSize * (0.9 + 0.05 * ((n * 7) % 5));
			int row = n / 10;
			int column = n % 10;
			double centreX = 96 + column * 192 + ((row == 1 && column < 9) ? 40 : 0);
			double centreY = 213 + row * 427;
			source.drawAround(graphics, image, size / source.width(), centreX, centreY, (n / 4) % 2 == 1);
		}
		graphics.dispose();
		return out;
	}

	/** A face in a test photo. */
	record SourceFace(String photo, double left, double top, double width, double height) {

		/**
		 * Draws the face with some surroundings, scaled and centred on (x, y), maybe
		 * mirrored.
		 */
		void drawAround(Graphics2D graphics, BufferedImage image, double scale, double x, double y, boolean mirror) {
			double centreX = this.left + this.width / 2;
			double centreY = this.top + this.height / 2;
			int sx1 = (int) Math.max(0, centreX - this.width * 0.9);
			int sy1 = (int) Math.max(0, centreY - this.height * 0.95);
			int sx2 = (int) Math.min(image.getWidth(), centreX + this.width * 0.9);
			int sy2 = (int) Math.min(image.getHeight(), centreY + this.height * 0.95);
			int dx1 = (int) (x - (centreX - sx1) * scale);
			int dy1 = (int) (y - (centreY - sy1) * scale);
			int dx2 = dx1 + (int) ((sx2 - sx1) * scale);
			int dy2 = dy1 + (int) ((sy2 - sy1) * scale);
			if (mirror) {
				graphics.drawImage(image, dx2, dy1, dx1, dy2, sx1, sy1, sx2, sy2, null);
			}
			else {
				graphics.drawImage(image, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, null);
			}
		}

	}

}
