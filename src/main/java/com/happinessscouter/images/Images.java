package com.happinessscouter.images;

import java.awt.image.BufferedImage;

import com.happinessscouter.images.ImageRejectedException.Reason;
import com.happinessscouter.images.internal.DecodeMemory;
import com.happinessscouter.images.internal.Decoder;
import com.happinessscouter.images.internal.HeaderReader;
import com.happinessscouter.images.internal.Orientation;
import com.happinessscouter.images.internal.Subsampling;

import org.springframework.stereotype.Component;

/**
 * The one way into a photo's bytes: {@link #inspect} reads the header and checks the
 * pixel budget without decoding; {@link #decode} does the same first, then decodes
 * reduced to what the caller needs and turns the result upright. What the header declares
 * over {@code app.images.max-pixels} is never handed to a decoder, no decode holds more
 * than {@link #MAX_DECODED_PIXELS} pixels, and decodes together hold at most
 * {@code app.images.decode-memory-mb} (a decode waits for its share). Thread-safe.
 */
@Component
public class Images {

	/**
	 * A decoded image never has more pixels than this (about 4 megapixels: 17 MB as
	 * 32-bit pixels); larger photos are reduced while decoding.
	 */
	public static final long MAX_DECODED_PIXELS = 4_200_000L;

	/** For {@link #decode}: no limit on the shorter side but the decoded pixels'. */
	public static final int ANY_SIDE = Integer.MAX_VALUE;

	private final long maxPixels;

	private final DecodeMemory memory;

	public Images(ImagesProperties properties) {
		this.maxPixels = properties.maxPixels();
		this.memory = new DecodeMemory(properties.decodeMemoryMb());
	}

	/**
	 * Reads the header: format, stored size, EXIF orientation.
	 * @param bytes the photo as sent, may be {@code null}
	 * @return the header of a JPEG or PNG within the pixel budget
	 * @throws ImageRejectedException not a JPEG or PNG, a header cut short or broken, or
	 * more pixels than the budget
	 */
	public ImageHeader inspect(byte[] bytes) throws ImageRejectedException {
		ImageHeader header = HeaderReader.read(bytes);
		if (header.pixels() > this.maxPixels) {
			throw new ImageRejectedException(Reason.TOO_MANY_PIXELS,
					header.width() + "x" + header.height() + " is over " + this.maxPixels + " pixels");
		}
		return header;
	}

	/**
	 * Decodes a photo upright, reduced by the smallest whole factor that brings its
	 * shorter side to at most {@code shortSide} pixels and the whole to at most
	 * {@link #MAX_DECODED_PIXELS}.
	 * @param bytes the photo as sent
	 * @param shortSide the most the caller needs on the shorter side, or
	 * {@link #ANY_SIDE}
	 * @throws ImageRejectedException as {@link #inspect} (a progressive JPEG's
	 * coefficients count as well), and for image data that is cut short or cannot be
	 * decoded
	 */
	public DecodedImage decode(byte[] bytes, int shortSide) throws ImageRejectedException {
		return decode(inspect(bytes), bytes, shortSide);
	}

	/**
	 * {@link #decode(byte[], int)} of a photo the caller has {@link #inspect inspected}
	 * already: its header is not read again.
	 * @param header what {@link #inspect} said of {@code bytes}
	 */
	public DecodedImage decode(ImageHeader header, byte[] bytes, int shortSide) throws ImageRejectedException {
		if (!HeaderReader.isComplete(bytes, header)) {
			throw new ImageRejectedException(Reason.TRUNCATED, "the " + header.format() + " ends in its image data");
		}
		int subsampling = Subsampling.factor(header.width(), header.height(), shortSide, MAX_DECODED_PIXELS);
		long holds = DecodeMemory.estimate(bytes, header, subsampling, this.maxPixels);
		return this.memory.within(holds, () -> {
			BufferedImage stored = Decoder.read(bytes, header, subsampling);
			return new DecodedImage(Orientation.upright(stored, header.orientation()), header, subsampling);
		});
	}

}
