/**
 * Photo bytes, parsed in one place: the format from the first bytes (JPEG or PNG, never a
 * name), the header's dimensions and EXIF orientation read without decoding, a pixel
 * budget ({@code app.images.max-pixels}) checked before any decode, and a decoder that
 * reduces while it reads (every n-th row and column) and turns the result upright. A
 * photo refused here is refused for good
 * ({@link com.happinessscouter.images.ImageRejectedException} says why); callers map the
 * reason to their kind reply. Imports no feature module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Images", allowedDependencies = {})
package com.happinessscouter.images;
