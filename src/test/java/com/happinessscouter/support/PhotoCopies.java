package com.happinessscouter.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Copies of a photo as guests make them: resized and re-encoded, or mirrored. */
public final class PhotoCopies {

	private PhotoCopies() {
	}

	/** The photo scaled by {@code factor} and saved again as a JPEG of quality 0.7. */
	public static byte[] resizedCopy(byte[] photo, double factor) {
		BufferedImage source = read(photo);
		return jpeg(scale(source, (int) Math.round(source.getWidth() * factor),
				(int) Math.round(source.getHeight() * factor)), 0.7f);
	}

	/** The image drawn at another size (bicubic), as RGB. */
	public static BufferedImage scale(BufferedImage image, int width, int height) {
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = out.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		graphics.drawImage(image, 0, 0, width, height, null);
		graphics.dispose();
		return out;
	}

	/** A part of the photo, as a JPEG of quality 0.9. */
	public static byte[] cropped(byte[] photo, int x, int y, int width, int height) {
		return jpeg(read(photo).getSubimage(x, y, width, height), 0.9f);
	}

	/** The photo mirrored left to right: a different image to the eye and the hash. */
	public static byte[] mirrored(byte[] photo) {
		BufferedImage source = read(photo);
		BufferedImage copy = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = copy.createGraphics();
		g.drawImage(source, source.getWidth(), 0, -source.getWidth(), source.getHeight(), null);
		g.dispose();
		return jpeg(copy, 0.7f);
	}

	/**
	 * The photo drawn smaller on a plain background, at a place and in a shade chosen by
	 * {@code variant}: another picture to the eye and to the perceptual hash, the same
	 * face to the analyzer.
	 */
	public static byte[] onBackground(byte[] photo, int variant) {
		BufferedImage source = read(photo);
		BufferedImage canvas = new BufferedImage(960, 720, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = canvas.createGraphics();
		Random random = new Random(variant * 7919L + 17);
		g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
		g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
		g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
		g.fillRect(random.nextInt(480), random.nextInt(360), 240 + random.nextInt(480), 180 + random.nextInt(360));
		int size = 360 + random.nextInt(120);
		g.drawImage(source, random.nextInt(canvas.getWidth() - size), random.nextInt(canvas.getHeight() - size), size,
				size, null);
		g.dispose();
		return jpeg(canvas, 0.85f);
	}

	/**
	 * The same JPEG with a comment segment holding a random id: the same pixels, other
	 * bytes (a photo no earlier test sent).
	 */
	public static byte[] unique(byte[] jpeg) {
		return tagged(jpeg, UUID.randomUUID().toString());
	}

	/** The same JPEG with a comment segment holding {@code tag}: other bytes per tag. */
	public static byte[] tagged(byte[] jpeg, String tag) {
		byte[] comment = ("test " + tag).getBytes(StandardCharsets.US_ASCII);
		int length = comment.length + 2;
		byte[] copy = new byte[jpeg.length + 4 + comment.length];
		copy[0] = jpeg[0];
		copy[1] = jpeg[1];
		copy[2] = (byte) 0xFF;
		copy[3] = (byte) 0xFE;
		copy[4] = (byte) (length >> 8);
		copy[5] = (byte) length;
		System.arraycopy(comment, 0, copy, 6, comment.length);
		System.arraycopy(jpeg, 2, copy, 6 + comment.length, jpeg.length - 2);
		return copy;
	}

	public static BufferedImage read(byte[] photo) {
		try {
			return ImageIO.read(new ByteArrayInputStream(photo));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] jpeg(BufferedImage image, float quality) {
		return jpeg(image, quality, false);
	}

	/** The image as a JPEG, baseline or progressive. */
	public static byte[] jpeg(BufferedImage image, float quality, boolean progressive) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			if (progressive) {
				param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

}
