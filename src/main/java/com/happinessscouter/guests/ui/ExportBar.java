package com.happinessscouter.guests.ui;

import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;

import com.happinessscouter.guests.Guests;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Admins' exports: the guests' counts and scores as CSV, and every photo as one ZIP
 * streamed from S3 while a progress bar follows it (server push).
 */
class ExportBar extends HorizontalLayout {

	private static final long PROGRESS_EVERY_MILLIS = 250;

	private final ProgressBar progress = new ProgressBar();

	private final Span status = new Span();

	ExportBar(Guests exports, AuthenticationContext authentication) {
		Anchor csv = new Anchor((DownloadEvent event) -> {
			requireAdmin(authentication);
			event.setFileName("happiness-scouter-guests.csv");
			event.setContentType("text/csv; charset=UTF-8");
			try (OutputStream out = event.getOutputStream()) {
				exports.writeCsv(who(authentication), out);
			}
		}, getTranslation("dashboard.export.csv"));
		csv.setId("dashboard-csv");
		Anchor zip = new Anchor((DownloadEvent event) -> {
			requireAdmin(authentication);
			event.setFileName("happiness-scouter-photos.zip");
			event.setContentType("application/zip");
			UI ui = event.getUI();
			AtomicLong shownAt = new AtomicLong();
			try (OutputStream out = event.getOutputStream()) {
				exports.writeZip(who(authentication), out, (done, all) -> {
					long now = System.nanoTime() / 1_000_000;
					if (done.equals(all) || now - shownAt.get() >= PROGRESS_EVERY_MILLIS) {
						shownAt.set(now);
						ui.access(() -> show(done, all));
					}
				});
			}
		}, getTranslation("dashboard.export.zip"));
		zip.setId("dashboard-zip");
		this.progress.setId("dashboard-zip-progress");
		this.progress.setWidth("12em");
		this.progress.setVisible(false);
		this.status.setId("dashboard-zip-status");
		setAlignItems(Alignment.CENTER);
		add(csv, zip, this.progress, this.status);
	}

	private void show(int done, int all) {
		this.progress.setVisible(true);
		this.progress.setMax(Math.max(1, all));
		this.progress.setValue(done);
		this.status.setText(
				getTranslation(done == all ? "dashboard.export.zip.done" : "dashboard.export.zip.progress", done, all));
	}

	private static String who(AuthenticationContext authentication) {
		return authentication.getPrincipalName().orElse("?");
	}

	/** Only admins see the links; the download requests are checked again. */
	private static void requireAdmin(AuthenticationContext authentication) {
		if (!authentication.hasRole("ADMIN")) {
			throw new IllegalStateException("admin role required");
		}
	}

}
