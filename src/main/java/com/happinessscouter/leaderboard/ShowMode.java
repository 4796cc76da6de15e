package com.happinessscouter.leaderboard;

/** What the big screen shows while the game runs; a host switches it live. */
public enum ShowMode {

	/** The ranking only. */
	RANKING,
	/** The photo wall only: every shown photo takes its turn, newest first. */
	WALL,
	/** The ranking and the photo wall by turns. */
	ALTERNATE

}
