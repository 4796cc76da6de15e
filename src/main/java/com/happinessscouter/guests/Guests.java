package com.happinessscouter.guests;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import com.happinessscouter.audit.AuditAction;
import com.happinessscouter.audit.AuditEntry;
import com.happinessscouter.audit.AuditLog;
import com.happinessscouter.guests.internal.GuestData;
import com.happinessscouter.guests.internal.GuestDirectory;
import com.happinessscouter.guests.internal.GuestExports;
import com.happinessscouter.guests.internal.GuestStats;

import org.springframework.stereotype.Service;

/**
 * The guests module's facade, for the console and the conversation: the wedding's totals,
 * the guest list, the exports and deleting a guest's data.
 */
@Service
public class Guests {

	private final GuestStats stats;

	private final GuestDirectory directory;

	private final GuestExports exports;

	private final GuestData data;

	private final AuditLog audit;

	Guests(GuestStats stats, GuestDirectory directory, GuestExports exports, GuestData data, AuditLog audit) {
		this.audit = audit;
		this.stats = stats;
		this.directory = directory;
		this.exports = exports;
		this.data = data;
	}

	/** The wedding in numbers. */
	public Totals totals() {
		return this.stats.totals();
	}

	/** One page of the guest list, in the asked order. */
	public List<GuestSummary> page(GuestQuery query, int offset, int limit) {
		return this.directory.page(query, offset, limit);
	}

	/** The guest's LINE display name, when one is known. */
	public Optional<String> displayName(String userId) {
		return this.stats.displayName(userId);
	}

	/** The table each of these guests joined in the open event (one batch read). */
	public Map<String, String> tablesInOpenEvent(List<GuestSummary> guests) {
		return this.exports.tablesInOpenEvent(guests);
	}

	/** How many guests the query matches. */
	public int count(GuestQuery query) {
		return this.directory.count(query);
	}

	/** The guests' counts and scores as CSV (UTF-8 with a byte-order mark); audited. */
	public void writeCsv(String who, OutputStream out) throws IOException {
		this.audit.record(AuditEntry.action(who, AuditAction.EXPORT_CSV, ""));
		this.exports.writeCsv(out);
	}

	/**
	 * Every stored photo in one ZIP, streamed; audited.
	 * @param progress told (photos written, photos in all) after each photo
	 */
	public void writeZip(String who, OutputStream out, BiConsumer<Integer, Integer> progress) throws IOException {
		this.audit.record(AuditEntry.action(who, AuditAction.EXPORT_ZIP, ""));
		this.exports.writeZip(out, progress);
	}

	/**
	 * A guest asked to delete everything kept about them (photos, records, fingerprints,
	 * counts, places on the board, the events they sent). Idempotent.
	 * @param userId the guest
	 * @param askingEventId the webhook event id of their request
	 * @return how many photos were deleted
	 */
	public int deleteOnRequest(String userId, String askingEventId) {
		return this.data.deleteAll(userId, askingEventId);
	}

	/**
	 * An admin deletes everything kept about a guest: audited before it runs, its outcome
	 * after.
	 * @return how many photos were deleted
	 */
	public int deleteAll(String who, String userId) {
		return this.audit.run(who, AuditAction.GUEST_DELETE, userId, () -> this.data.deleteAll(userId));
	}

	/**
	 * An admin deletes one photo and takes it out of the counts: audited before it runs,
	 * its outcome after.
	 * @return whether there was such a photo
	 */
	public boolean deletePhoto(String who, String userId, String imageId) {
		return this.audit.run(who, AuditAction.PHOTO_DELETE, userId + "/" + imageId,
				() -> this.data.deletePhoto(userId, imageId));
	}

}
