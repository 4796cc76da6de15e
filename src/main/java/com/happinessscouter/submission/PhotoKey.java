package com.happinessscouter.submission;

/**
 * A photo's key in the one table.
 *
 * @param userId the LINE user id (partition key)
 * @param imageId the LINE message id of the image (sort key)
 */
public record PhotoKey(String userId, String imageId) {
}
