package com.happinessscouter.webhook;

/**
 * Where a message was sent: a one-on-one chat with the bot, a group, or a multi-person
 * room.
 */
public enum ChatType {

	USER, GROUP, ROOM

}
