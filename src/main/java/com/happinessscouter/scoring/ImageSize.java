package com.happinessscouter.scoring;

/** Width and height in pixels of the upright image that was analysed. */
public record ImageSize(int width, int height) {
}
