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
	/** The guest unsent it: the object is gone, the record kept as a tombstone. */
	DELETED;

	public boolean finished() {
		return this != RECEIVED;
	}

}
