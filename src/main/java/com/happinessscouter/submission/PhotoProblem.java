package com.happinessscouter.submission;

/** Why a photo was not scored; each has a kind message for the guest. */
public enum PhotoProblem {

	/** The bytes are not a JPEG or PNG (HTML, SVG, a video...). */
	NOT_AN_IMAGE,
	/** Over the size limit (20 MB by default). */
	FILE_TOO_LARGE,
	/** LINE no longer has the content, or the external URL failed. */
	CONTENT_UNAVAILABLE,
	/** A JPEG/PNG the analyzer could not decode (corrupt, truncated). */
	UNREADABLE_IMAGE,
	/** Too small to find faces in. */
	IMAGE_TOO_SMALL,
	/** Too large for the analyzer. */
	IMAGE_TOO_LARGE

}
