package com.happinessscouter.images.internal;

import java.util.Arrays;

import com.happinessscouter.images.ImageFormat;
import com.happinessscouter.images.ImageHeader;
import com.happinessscouter.images.ImageRejectedException;
import com.happinessscouter.images.ImageRejectedException.Reason;

import static com.happinessscouter.images.internal.Bytes.u16;
import static com.happinessscouter.images.internal.Bytes.u8;

/**
 * Walks a JPEG's marker segments up to its first scan: the frame header (SOFn) gives the
 * size, an APP1 "Exif" segment before it the orientation. Segments are skipped by their
 * declared length, so a huge EXIF, ICC or comment segment costs nothing.
 */
final class JpegHeader {

	/** What a walk found after the segments: the bytes ended first. */
	private static final int ENDED = -1;

	/** What a walk found: something other than a marker, or the end of image, first. */
	private static final int BROKEN = -2;

	private JpegHeader() {
	}

	static ImageHeader read(byte[] bytes) throws ImageRejectedException {
		Frame frame = new Frame(bytes);
		int end = walk(bytes, frame);
		if (frame.width >= 0) {
			return new ImageHeader(ImageFormat.JPEG, frame.width, frame.height, frame.orientation, frame.progressive);
		}
		if (end == ENDED || frame.cut) {
			throw new ImageRejectedException(Reason.TRUNCATED, "the JPEG ends before its frame header");
		}
		throw new ImageRejectedException(Reason.CORRUPT, "no JPEG frame header before the image data");
	}

	/**
	 * Whether an end-of-image marker follows the first start of scan: a JPEG cut short
	 * has none (entropy-coded data never holds 0xFFD9, and an EXIF thumbnail's end marker
	 * lies inside its APP1 segment, before the first scan).
	 */
	static boolean isComplete(byte[] bytes) {
		int scan = walk(bytes, (marker, data, end) -> true);
		if (scan < 0) {
			return false;
		}
		for (int i = bytes.length - 2; i > scan; i--) {
			if (u8(bytes, i) == 0xFF && u8(bytes, i + 1) == 0xD9) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The bytes a progressive decoder holds at once: every DCT coefficient of every
	 * component (2 bytes each, 64 per 8x8 block), from the frame header's components and
	 * their sampling factors (three full-size components when they are not listed).
	 */
	static long coefficientBytes(byte[] bytes, ImageHeader header) {
		long[] total = { 0 };
		walk(bytes, (marker, data, end) -> {
			if (!Frame.isStartOfFrame(marker)) {
				return true;
			}
			total[0] = coefficientBytes(bytes, data, end, header);
			return false;
		});
		return total[0];
	}

	private static long coefficientBytes(byte[] bytes, int data, int end, ImageHeader header) {
		int count = (data + 6 <= end) ? u8(bytes, data + 5) : 3;
		boolean listed = data + 6 + 3L * count <= end;
		int[] h = new int[count];
		int[] v = new int[count];
		for (int i = 0; i < count; i++) {
			int factors = listed ? u8(bytes, data + 7 + 3 * i) : 0x11;
			h[i] = Math.max(1, factors >> 4);
			v[i] = Math.max(1, factors & 0x0F);
		}
		int hMax = Arrays.stream(h).max().orElse(1);
		int vMax = Arrays.stream(v).max().orElse(1);
		long total = 0;
		for (int i = 0; i < count; i++) {
			long blocksWide = Math.ceilDiv(Math.ceilDiv((long) header.width() * h[i], hMax), 8);
			long blocksHigh = Math.ceilDiv(Math.ceilDiv((long) header.height() * v[i], vMax), 8);
			total += blocksWide * blocksHigh * 64 * 2;
		}
		return total;
	}

	/**
	 * Visits each segment before the first scan.
	 * @return the position of the start-of-scan marker, {@link #ENDED} or {@link #BROKEN}
	 */
	private static int walk(byte[] bytes, Segment visitor) {
		int pos = 2;
		while (pos + 4 <= bytes.length) {
			if (u8(bytes, pos) != 0xFF) {
				return BROKEN;
			}
			int marker = u8(bytes, pos + 1);
			if (marker == 0xFF || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
				pos += (marker == 0xFF) ? 1 : 2; // fill byte, or a marker without a
													// segment
				continue;
			}
			if (marker == 0xDA) {
				return pos;
			}
			if (marker == 0xD9) {
				return BROKEN;
			}
			int next = pos + 2 + u16(bytes, pos + 2, false);
			if (!visitor.visit(marker, pos + 4, Math.min(bytes.length, next))) {
				return pos;
			}
			pos = next;
		}
		return ENDED;
	}

	/** One marker segment's data: [data, end). */
	@FunctionalInterface
	private interface Segment {

		/**
		 * Looks at one segment.
		 * @return whether to go on
		 */
		boolean visit(int marker, int data, int end);

	}

	/** Collects the frame header and the orientation. */
	private static final class Frame implements Segment {

		private final byte[] bytes;

		private int width = -1;

		private int height = -1;

		private int orientation = ExifOrientation.UPRIGHT;

		private boolean progressive;

		private boolean cut;

		Frame(byte[] bytes) {
			this.bytes = bytes;
		}

		@Override
		public boolean visit(int marker, int data, int end) {
			if (isStartOfFrame(marker)) {
				this.cut = data + 5 > end;
				if (!this.cut) {
					this.height = u16(this.bytes, data + 1, false);
					this.width = u16(this.bytes, data + 3, false);
					this.progressive = marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE;
				}
				return false;
			}
			if (marker == 0xE1 && this.orientation == ExifOrientation.UPRIGHT) {
				this.orientation = ExifOrientation.ofApp1(this.bytes, data, end);
			}
			return true;
		}

		static boolean isStartOfFrame(int marker) {
			return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
		}

	}

}
