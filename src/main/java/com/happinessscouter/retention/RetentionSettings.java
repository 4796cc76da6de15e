package com.happinessscouter.retention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The admin's retention settings.
 *
 * @param photoDays photos (S3 objects and records) expire this many days after they
 * arrive
 * @param transitionDays move photos to {@code storageClass} after this many days
 * ({@code null}: never)
 * @param storageClass {@code STANDARD_IA} or {@code GLACIER_IR}
 * @param abortMultipartDays abort incomplete multipart uploads after this many days
 * @param changedBy who set them ({@code null}: the defaults)
 * @param changedAt when
 */
public record RetentionSettings(int photoDays, Integer transitionDays, String storageClass, int abortMultipartDays,
		String changedBy, Instant changedAt) {

	public static final Set<String> STORAGE_CLASSES = Set.of("STANDARD_IA", "GLACIER_IR");

	/** Whole-day minimum AWS imposes before a transition to STANDARD_IA. */
	public static final int STANDARD_IA_MINIMUM_DAYS = 30;

	/**
	 * What is wrong with these settings, as message keys ({@code retention.error.*});
	 * empty when they can be applied.
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.photoDays < 1 || this.photoDays > 3650) {
			problems.add("retention.error.days");
		}
		if (this.abortMultipartDays < 1) {
			problems.add("retention.error.multipart");
		}
		if (this.transitionDays != null) {
			if (this.storageClass == null || !STORAGE_CLASSES.contains(this.storageClass)) {
				problems.add("retention.error.class");
			}
			else if ("STANDARD_IA".equals(this.storageClass) && this.transitionDays < STANDARD_IA_MINIMUM_DAYS) {
				problems.add("retention.error.ia-minimum");
			}
			if (this.transitionDays < 1) {
				problems.add("retention.error.transition-days");
			}
			if (this.transitionDays >= this.photoDays) {
				problems.add("retention.error.transition-before-expiry");
			}
		}
		return problems;
	}

	@Override
	public String toString() {
		return this.photoDays
				+ " days" + ((this.transitionDays != null)
						? ", " + this.storageClass + " after " + this.transitionDays + " days" : "")
				+ ", abort uploads after " + this.abortMultipartDays + " days";
	}

}
