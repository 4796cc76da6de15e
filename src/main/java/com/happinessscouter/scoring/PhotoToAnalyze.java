package com.happinessscouter.scoring;

/**
 * A stored photo handed to an analyzer. The offline analyzer reads {@code bytes}; Amazon
 * Rekognition reads the S3 object.
 *
 * @param bytes the photo as received (JPEG or PNG)
 * @param bucket the S3 bucket holding it
 * @param key the S3 object key
 */
public record PhotoToAnalyze(byte[] bytes, String bucket, String key) {
}
