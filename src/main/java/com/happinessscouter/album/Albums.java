package com.happinessscouter.album;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.happinessscouter.album.AlbumSignature.Verdict;
import com.happinessscouter.audit.AuditAction;
import com.happinessscouter.audit.AuditLog;
import com.happinessscouter.leaderboard.Leaderboard;
import com.happinessscouter.line.LineProperties;
import com.happinessscouter.retention.Retention;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoStatus;
import com.happinessscouter.submission.PhotoZip;
import com.happinessscouter.submission.Submissions;

import org.springframework.stereotype.Service;

/**
 * The keepsakes: a guest's own album behind a signed, time-limited link, and the couple's
 * event album (every shown photo) as a page and a ZIP.
 */
@Service
public class Albums {

	/** The path of a guest's album page; the token follows. */
	public static final String PATH = "/album/";

	private final AlbumProperties properties;

	private final AlbumSignature signature;

	private final Submissions submissions;

	private final Leaderboard leaderboard;

	private final Retention retention;

	private final PhotoZip zip;

	private final AuditLog audit;

	private final Clock clock;

	Albums(AlbumProperties properties, LineProperties line, Submissions submissions, Leaderboard leaderboard,
			Retention retention, PhotoZip zip, AuditLog audit, Clock clock) {
		this.properties = properties;
		this.signature = new AlbumSignature(line.channelSecret(), clock);
		this.submissions = submissions;
		this.leaderboard = leaderboard;
		this.retention = retention;
		this.zip = zip;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The guest's album link, good for the configured days but never longer than photos
	 * are kept; empty when no public address is configured.
	 */
	public Optional<String> linkFor(String userId) {
		if (!this.properties.offered()) {
			return Optional.empty();
		}
		Duration lifetime = Duration.ofDays(this.properties.linkDays());
		Duration kept = this.retention.photoRetention();
		Instant expiry = this.clock.instant().plus(lifetime.compareTo(kept) < 0 ? lifetime : kept);
		return Optional
			.of(this.properties.publicUrl().replaceAll("/+$", "") + PATH + this.signature.sign(userId, expiry));
	}

	/** What the token opens: the guest's kept photos, or why not. */
	public GuestAlbum open(String token) {
		Verdict verdict = this.signature.check(token);
		return switch (verdict.state()) {
			case REFUSED -> GuestAlbum.closed(GuestAlbum.State.REFUSED);
			case EXPIRED -> GuestAlbum.closed(GuestAlbum.State.EXPIRED);
			case VALID -> {
				List<AlbumPhoto> photos = keptPhotos(verdict.userId());
				yield photos.isEmpty() ? GuestAlbum.closed(GuestAlbum.State.GONE)
						: new GuestAlbum(GuestAlbum.State.OPEN, verdict.expiry(), photos);
			}
		};
	}

	/** One photo of the album the token opens, if it opens and holds it. */
	public Optional<AlbumPhoto> photo(String token, String imageId) {
		return open(token).photos().stream().filter((photo) -> photo.imageId().equals(imageId)).findFirst();
	}

	/** Reads a photo's bytes; the caller closes the stream. */
	public InputStream read(AlbumPhoto photo) {
		return this.submissions.open(photo.s3Key());
	}

	/** A link to show the photo, valid for a few minutes (the bucket stays private). */
	public String previewUrl(AlbumPhoto photo) {
		return this.submissions.thumbnailUrl(photo.s3Key());
	}

	/** Every photo of the event the big screen may show, newest first. */
	public List<AlbumPhoto> ofEvent(String eventId) {
		return this.leaderboard.everyShown(eventId)
			.stream()
			.map((shown) -> new AlbumPhoto(shown.userId(), shown.imageId(), shown.displayName(), shown.power(),
					shown.sentAt(), shown.s3Key()))
			.toList();
	}

	/**
	 * Streams the event's album as a ZIP ({@code name (user id)/image.jpg}), audited
	 * (started, then done or failed).
	 */
	public void writeEventZip(String eventId, String who, OutputStream out) {
		this.audit.run(who, AuditAction.EVENT_ALBUM_ZIP, eventId, () -> {
			List<PhotoZip.Entry> entries = ofEvent(eventId).stream()
				.map((photo) -> new PhotoZip.Entry(folder(photo) + "/" + photo.fileName(), photo.s3Key()))
				.toList();
			try {
				this.zip.write(out, entries, (done, all) -> {
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return entries.size();
		});
	}

	private static String folder(AlbumPhoto photo) {
		String name = PhotoZip.safeName(photo.name());
		return name.isEmpty() ? photo.userId() : name + " (" + photo.userId() + ")";
	}

	private List<AlbumPhoto> keptPhotos(String userId) {
		Instant keptSince = this.clock.instant().minus(this.retention.photoRetention());
		return this.submissions.ofGuest(userId)
			.stream()
			.filter((photo) -> photo.s3Key() != null && photo.status() != PhotoStatus.DELETED
					&& photo.receivedAt().isAfter(keptSince))
			.map(Albums::albumPhoto)
			.toList();
	}

	private static AlbumPhoto albumPhoto(Photo photo) {
		long power = (photo.score() != null) ? photo.score().power() : 0;
		return new AlbumPhoto(photo.key().userId(), photo.key().imageId(), "", power, photo.receivedAt(),
				photo.s3Key());
	}

}
