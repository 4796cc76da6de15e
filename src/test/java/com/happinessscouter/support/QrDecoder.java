package com.happinessscouter.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import javax.imageio.ImageIO;

/**
 * Reads the QR code in an image (a screenshot, a rasterised SVG) with ZXing core, so a
 * test can check what a page's code actually says.
 */
public final class QrDecoder {

	private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

	private QrDecoder() {
	}

	/**
	 * The text of the QR code in a PNG (or any format ImageIO reads).
	 * @param png the encoded image
	 * @return the decoded text
	 * @throws IllegalStateException if the bytes are no image or hold no readable QR code
	 */
	public static String decode(byte[] png) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			if (image == null) {
				throw new IllegalStateException("Not an image ImageIO can read (" + png.length + " bytes)");
			}
			return decode(image);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The text of the QR code in an image.
	 * @param image the image
	 * @return the decoded text
	 * @throws IllegalStateException if the image holds no readable QR code
	 */
	public static String decode(BufferedImage image) {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image)));
		try {
			return new QRCodeReader().decode(bitmap, HINTS).getText();
		}
		catch (NotFoundException | ChecksumException | FormatException ex) {
			throw new IllegalStateException("No readable QR code in the " + image.getWidth() + "x" + image.getHeight()
					+ " image: " + ex.getClass().getSimpleName(), ex);
		}
	}

	/** Rec. 601 luma of an image's pixels, transparent ones taken as white. */
	private static final class ImageLuminance extends LuminanceSource {

		private final byte[] luma;

		ImageLuminance(BufferedImage image) {
			super(image.getWidth(), image.getHeight());
			int width = image.getWidth();
			int[] argb = image.getRGB(0, 0, width, image.getHeight(), null, 0, width);
			this.luma = new byte[argb.length];
			for (int i = 0; i < argb.length; i++) {
				int pixel = argb[i];
				int alpha = pixel >>> 24;
				int value = (299 * ((pixel >> 16) & 0xFF) + 587 * ((pixel >> 8) & 0xFF) + 114 * (pixel & 0xFF)) / 1000;
				this.luma[i] = (byte) ((value * alpha + 255 * (255 - alpha)) / 255);
			}
		}

		@Override
		public byte[] getRow(int y, byte[] row) {
			int width = getWidth();
			byte[] out = (row != null && row.length >= width) ? row : new byte[width];
			System.arraycopy(this.luma, y * width, out, 0, width);
			return out;
		}

		@Override
		public byte[] getMatrix() {
			return this.luma;
		}

	}

}
