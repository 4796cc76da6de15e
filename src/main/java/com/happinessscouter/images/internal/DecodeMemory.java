package com.happinessscouter.images.internal;

import java.util.concurrent.Semaphore;

import com.happinessscouter.images.ImageFormat;
import com.happinessscouter.images.ImageHeader;
import com.happinessscouter.images.ImageRejectedException;
import com.happinessscouter.images.ImageRejectedException.Reason;

/**
 * The memory decodes may hold at once, shared by every caller: each decode reserves what
 * it will hold (its output, the upright copy, and for a progressive JPEG every DCT
 * coefficient, which its decoder keeps whatever the subsampling) and waits while others
 * hold the rest. A decode larger than the whole runs alone.
 */
public final class DecodeMemory {

	private static final long MEGABYTE = 1024 * 1024;

	/** Output and upright copy: at most 4 bytes a pixel each. */
	private static final int BYTES_PER_DECODED_PIXEL = 8;

	private final Semaphore megabytes;

	private final int total;

	public DecodeMemory(int totalMegabytes) {
		this.total = totalMegabytes;
		this.megabytes = new Semaphore(totalMegabytes, true);
	}

	/**
	 * What a decode holds beyond the encoded bytes.
	 * @throws ImageRejectedException a progressive JPEG whose coefficients are more than
	 * those of a full-colour photo of {@code maxPixels}
	 */
	public static long estimate(byte[] bytes, ImageHeader header, int subsampling, long maxPixels)
			throws ImageRejectedException {
		long decoded = Math.ceilDiv(header.width(), subsampling) * (long) Math.ceilDiv(header.height(), subsampling);
		long memory = decoded * BYTES_PER_DECODED_PIXEL;
		if (header.format() == ImageFormat.JPEG && header.progressive()) {
			long coefficients = JpegHeader.coefficientBytes(bytes, header);
			if (coefficients > maxPixels * 3 * 2) {
				throw new ImageRejectedException(Reason.TOO_MANY_PIXELS, "a progressive JPEG whose coefficients need "
						+ coefficients / MEGABYTE + " MB, over " + maxPixels + " full-colour pixels");
			}
			memory += coefficients;
		}
		return memory;
	}

	/** Runs a decode once its memory is free. */
	public <T> T within(long bytes, Decode<T> decode) throws ImageRejectedException {
		int permits = (int) Math.min(this.total, Math.max(1, Math.ceilDiv(bytes, MEGABYTE)));
		this.megabytes.acquireUninterruptibly(permits);
		try {
			return decode.run();
		}
		finally {
			this.megabytes.release(permits);
		}
	}

	/** A decode that may refuse the photo. */
	@FunctionalInterface
	public interface Decode<T> {

		T run() throws ImageRejectedException;

	}

}
