package com.happinessscouter.images;

import java.awt.image.BufferedImage;

/**
 * A decoded photo, upright, possibly reduced while decoding.
 *
 * @param image the upright pixels, at {@code 1 / subsampling} of the stored resolution
 * @param header what the photo's header says (the stored size and orientation)
 * @param subsampling every how many rows and columns one was kept (1: all)
 */
public record DecodedImage(BufferedImage image, ImageHeader header, int subsampling) {
}
