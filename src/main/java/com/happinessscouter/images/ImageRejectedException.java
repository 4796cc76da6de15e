package com.happinessscouter.images;

/**
 * A photo that cannot be read, for a reason that does not go away: trying it again gives
 * the same answer, so the caller answers the guest kindly once and never retries.
 */
public final class ImageRejectedException extends Exception {

	/** Why a photo is refused. */
	public enum Reason {

		/** Neither a JPEG nor a PNG (HTML, SVG, a video, nothing at all). */
		UNSUPPORTED_FORMAT,
		/** Its header declares more pixels than {@code app.images.max-pixels}. */
		TOO_MANY_PIXELS,
		/** Cut short: the header or the image data ends early. */
		TRUNCATED,
		/** A header or image data no decoder can make sense of. */
		CORRUPT

	}

	private final Reason reason;

	public ImageRejectedException(Reason reason, String detail) {
		super(detail, null, false, false);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
