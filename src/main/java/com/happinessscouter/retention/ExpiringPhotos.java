package com.happinessscouter.retention;

import java.time.Instant;

/** Counts photos about to expire (implemented where the photos live). */
public interface ExpiringPhotos {

	/** Photos whose expiry falls between now and {@code until}. */
	long expiringBefore(Instant until);

}
