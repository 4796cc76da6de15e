package com.happinessscouter.scoring;

/** Why a photo could not be analysed; each maps to a message a guest can be told. */
public enum FailureReason {

	/** Not a JPEG or PNG, or the bytes are corrupt or truncated. */
	UNREADABLE_IMAGE,
	/** Smaller than the analyzer can work with (under 80 px a side). */
	IMAGE_TOO_SMALL,
	/** Larger than the analyzer accepts. */
	IMAGE_TOO_LARGE,
	/** The analysis service refused or failed after retries; trying later may work. */
	SERVICE_UNAVAILABLE

}
