package com.happinessscouter.aws;

/**
 * The S3 bucket holding guests' photos under {@value #PHOTO_PREFIX}.
 *
 * @param name the bucket name
 */
public record PhotoBucket(String name) {

	public static final String PHOTO_PREFIX = "photos/";

}
