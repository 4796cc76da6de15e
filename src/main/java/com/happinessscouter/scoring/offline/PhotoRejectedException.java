package com.happinessscouter.scoring.offline;

import com.happinessscouter.scoring.FailureReason;

/** A photo the offline analyzer cannot work on, and why. */
final class PhotoRejectedException extends Exception {

	private final FailureReason reason;

	PhotoRejectedException(FailureReason reason, String detail) {
		super(detail, null, false, false);
		this.reason = reason;
	}

	FailureReason reason() {
		return this.reason;
	}

}
