package com.happinessscouter.line;

/** The content is larger than the caller accepts; nothing of it is kept. */
public class ContentTooLargeException extends RuntimeException {

	ContentTooLargeException(long limit) {
		super("content larger than " + limit + " bytes");
	}

}
