package com.happinessscouter.guests.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.happinessscouter.events.Events;
import com.happinessscouter.guests.GuestSummary;
import com.happinessscouter.submission.PhotoZip;
import com.happinessscouter.submission.Submissions;
import com.happinessscouter.tables.Tables;

import org.springframework.stereotype.Component;

/**
 * What the couple takes home: a CSV of every guest's counts and scores, and a ZIP of all
 * photos streamed from S3 one object at a time (memory stays flat however many there
 * are).
 */
@Component
public class GuestExports {

	private final GuestDirectory directory;

	private final Submissions photos;

	private final PhotoZip zip;

	private final Events events;

	private final Tables tables;

	GuestExports(GuestDirectory directory, Submissions photos, PhotoZip zip, Events events, Tables tables) {
		this.events = events;
		this.tables = tables;
		this.directory = directory;
		this.photos = photos;
		this.zip = zip;
	}

	/**
	 * UTF-8 with a byte-order mark, so spreadsheet programs read Japanese names right;
	 * {@code table} is the guest's table in the open event (blank if none).
	 */
	public void writeCsv(OutputStream out) throws IOException {
		Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		csv.write('\uFEFF');
		csv.write("user_id,display_name,photos,faces,best_power,last_power,last_activity,table\r\n");
		List<GuestSummary> guests = this.directory.all();
		Map<String, String> seats = tablesInOpenEvent(guests);
		for (GuestSummary guest : guests) {
			csv.write(String.join(",", cell(guest.userId()), cell(guest.displayName()), Long.toString(guest.photos()),
					Long.toString(guest.faces()), Long.toString(guest.bestPower()), Long.toString(guest.lastPower()),
					guest.lastActivity().toString(), cell(seats.getOrDefault(guest.userId(), ""))));
			csv.write("\r\n");
		}
		csv.flush();
	}

	/** The table each of these guests joined in the open event (one batch read). */
	public Map<String, String> tablesInOpenEvent(List<GuestSummary> guests) {
		return this.events.current()
			.map((event) -> this.tables.tablesOf(event, guests.stream().map(GuestSummary::userId).toList()))
			.orElse(Map.of());
	}

	/**
	 * Every stored photo as {@code name (user id)/image.jpg}.
	 * @param progress told (photos written, photos in all) after each photo
	 */
	public void writeZip(OutputStream out, BiConsumer<Integer, Integer> progress) throws IOException {
		Map<String, String> folders = new HashMap<>();
		for (GuestSummary guest : this.directory.all()) {
			folders.put(guest.userId(), folder(guest));
		}
		List<PhotoZip.Entry> entries = this.photos.storedKeys().stream().map((key) -> {
			String[] parts = key.split("/");
			String userId = parts[parts.length - 2];
			return new PhotoZip.Entry(folders.getOrDefault(userId, userId) + "/" + parts[parts.length - 1], key);
		}).toList();
		this.zip.write(out, entries, progress);
	}

	private static String folder(GuestSummary guest) {
		String name = PhotoZip.safeName(guest.displayName());
		return name.isEmpty() ? guest.userId() : name + " (" + guest.userId() + ")";
	}

	private static String cell(String value) {
		return CsvCell.quoted(value); // never a formula in a spreadsheet
	}

}
