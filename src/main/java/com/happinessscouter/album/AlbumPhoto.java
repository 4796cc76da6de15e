package com.happinessscouter.album;

import java.time.Instant;

/**
 * A photo of an album.
 *
 * @param userId the guest
 * @param imageId the photo
 * @param name the guest's name (blank when unknown)
 * @param power its happiness power ({@code 0} when no face was scored)
 * @param sentAt when it was sent
 * @param s3Key the stored object
 */
public record AlbumPhoto(String userId, String imageId, String name, long power, Instant sentAt, String s3Key) {

	/** Its file name in a download: {@code imageId.jpg} or {@code .png}. */
	public String fileName() {
		int dot = this.s3Key.lastIndexOf('.');
		return this.imageId + ((dot >= 0) ? this.s3Key.substring(dot) : ".jpg");
	}

}
