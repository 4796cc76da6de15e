package com.happinessscouter.scoring.offline;

import com.happinessscouter.images.DecodedImage;
import com.happinessscouter.images.ImageHeader;
import com.happinessscouter.images.ImageRejectedException;
import com.happinessscouter.images.Images;
import com.happinessscouter.scoring.FailureReason;

/**
 * Decodes a JPEG or PNG into an upright {@link RgbImage} through {@link Images}: the
 * header is checked before decoding (the pixel budget, tiny images), very large images
 * are reduced while decoding (every n-th pixel, so no full-resolution buffer is needed),
 * and transparency is composited on white. Thread-safe.
 */
final class PhotoDecoder {

	/** Images smaller than this on either side are refused. */
	static final int MIN_SIDE = 80;

	private final Images images;

	PhotoDecoder(Images images) {
		this.images = images;
	}

	DecodedPhoto decode(byte[] bytes) throws PhotoRejectedException {
		try {
			ImageHeader header = this.images.inspect(bytes);
			if (Math.min(header.width(), header.height()) < MIN_SIDE) {
				throw new PhotoRejectedException(FailureReason.IMAGE_TOO_SMALL,
						header.width() + "x" + header.height() + " is under " + MIN_SIDE + " px on a side");
			}
			DecodedImage decoded = this.images.decode(header, bytes, Images.ANY_SIDE);
			return new DecodedPhoto(Rasters.toRgb(decoded.image()), header.uprightWidth(), header.uprightHeight(),
					decoded.subsampling());
		}
		catch (ImageRejectedException ex) {
			FailureReason reason = (ex.reason() == ImageRejectedException.Reason.TOO_MANY_PIXELS)
					? FailureReason.IMAGE_TOO_LARGE : FailureReason.UNREADABLE_IMAGE;
			throw new PhotoRejectedException(reason, ex.getMessage());
		}
	}

}
