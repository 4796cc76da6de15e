package com.happinessscouter.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.happinessscouter.submission.internal.PhotoObjects;

import org.springframework.stereotype.Component;

/**
 * Stored photos as one ZIP, streamed from S3 one object at a time (memory stays flat
 * however many there are): the admins' export and the couple's event album.
 */
@Component
public class PhotoZip {

	private final PhotoObjects objects;

	PhotoZip(PhotoObjects objects) {
		this.objects = objects;
	}

	/**
	 * One photo of the ZIP.
	 *
	 * @param path its name in the ZIP ({@code folder/image.jpg})
	 * @param s3Key the stored object
	 */
	public record Entry(String path, String s3Key) {
	}

	/**
	 * Writes the entries in order and finishes the ZIP (the caller closes {@code out}).
	 * @param progress told (photos written, photos in all) after each photo
	 */
	public void write(OutputStream out, List<Entry> entries, BiConsumer<Integer, Integer> progress) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		zip.setLevel(Deflater.NO_COMPRESSION); // photos do not compress; spend no CPU on
												// it
		int written = 0;
		progress.accept(0, entries.size());
		for (Entry entry : entries) {
			zip.putNextEntry(new ZipEntry(entry.path()));
			try (InputStream photo = this.objects.open(entry.s3Key())) {
				photo.transferTo(zip);
			}
			zip.closeEntry();
			progress.accept(++written, entries.size());
		}
		zip.finish();
		zip.flush();
	}

	/** A name safe as a ZIP folder or file name on every system. */
	public static String safeName(String name) {
		return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
	}

}
