package com.happinessscouter.audit;

/**
 * What an admin or host did. The console shows each one in its language
 * ({@code audit.action.*} of the console bundles).
 */
public enum AuditAction {

	/** A wedding event was created. */
	EVENT_CREATE,
	/** A wedding event was changed. */
	EVENT_CHANGE,
	/** The "everyone post now" countdown was started. */
	COUNTDOWN_START,
	/** The countdown was stopped and the ranking unfrozen. */
	COUNTDOWN_CLEAR,
	/** A photo was hidden from the big screen. */
	PHOTO_HIDE,
	/** A hidden photo was shown again. */
	PHOTO_SHOW,
	/** A photo awaiting moderation was approved for the big screen. */
	PHOTO_APPROVE,
	/** One photo was deleted. */
	PHOTO_DELETE,
	/** Everything kept about a guest was deleted. */
	GUEST_DELETE,
	/** The throttle switch was changed. */
	THROTTLE_CHANGE,
	/** Pushing late results was turned on or off. */
	LATE_PUSH_CHANGE,
	/** The guest limits or the analysis budget were changed. */
	LIMITS_CHANGE,
	/** A guest's own photo quota was set or cleared. */
	GUEST_LIMIT_CHANGE,
	/** The photo retention was changed. */
	RETENTION_CHANGE,
	/** The bot's LINE rich menus were made anew (the previous ones deleted). */
	RICH_MENU_CREATE,
	/** The guests' CSV was downloaded. */
	EXPORT_CSV,
	/** The ZIP of every photo was downloaded. */
	EXPORT_ZIP,
	/** A host switched what the big screens show (ranking, wall, alternate). */
	SHOW_MODE,
	/** A host started the final reveal. */
	REVEAL_START,
	/** A host ended the final reveal. */
	REVEAL_END,
	/** A host or admin downloaded an event's album (every shown photo) as a ZIP. */
	EVENT_ALBUM_ZIP,
	/**
	 * An admin let a (user, address) pair sign in again at once after wrong passwords.
	 */
	LOGIN_THROTTLE_CLEAR

}
