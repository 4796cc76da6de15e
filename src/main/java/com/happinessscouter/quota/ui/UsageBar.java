package com.happinessscouter.quota.ui;

import com.happinessscouter.quota.QuotaSnapshot;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;

/**
 * The month's messages used against the limit as a bar: green, then grey, red at 90 %.
 */
final class UsageBar {

	private UsageBar() {
	}

	/** A bar for a limited plan's figures ({@code last.limit()} not {@code null}). */
	static ProgressBar of(String id, QuotaSnapshot last) {
		ProgressBar bar = new ProgressBar(0, 1, 0);
		bar.setId(id);
		show(bar, last);
		return bar;
	}

	static void show(ProgressBar bar, QuotaSnapshot last) {
		double share = Math.min(1, (double) last.used() / Math.max(1, last.limit()));
		bar.setValue(share);
		bar.removeThemeVariants(ProgressBarVariant.values());
		bar.addThemeVariants((share >= 0.9) ? ProgressBarVariant.LUMO_ERROR
				: (share >= 0.7) ? ProgressBarVariant.LUMO_CONTRAST : ProgressBarVariant.LUMO_SUCCESS);
	}

}
