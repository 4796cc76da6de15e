package com.happinessscouter.scoring;

/** A face's box in pixels of the upright (EXIF-oriented) image. */
public record BoundingBox(double left, double top, double width, double height) {
}
