package com.happinessscouter.line;

/**
 * What LINE tells about a guest.
 *
 * @param userId the LINE user id
 * @param displayName the LINE display name
 * @param language the language the guest's LINE app uses (e.g. {@code ja}, {@code en}),
 * or {@code null} when unknown
 */
public record Guest(String userId, String displayName, String language) {

	public static Guest unknown(String userId) {
		return new Guest(userId, null, null);
	}

}
