package com.happinessscouter.submission;

/** Where a photo is in its life. */
public enum PhotoStatus {

	/** Stored, not yet scored. */
	RECEIVED,
	/** Scored: at least one face. */
	SCORED,
	/** Analysed: no face in it. */
	NO_FACE,
	/** Could not be scored; {@link Photo#problem()} says why. */
	FAILED,
	/**
	 * The same or a near-identical photo was sent before in the event: not analysed, not
	 * ranked; {@link Photo#duplicateOf()} names the first.
	 */
	DUPLICATE,
	/** The guest unsent it: the object is gone, the record kept as a tombstone. */
	DELETED;

	public boolean finished() {
		return this != RECEIVED;
	}

}
