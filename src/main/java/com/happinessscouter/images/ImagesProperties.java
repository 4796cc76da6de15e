package com.happinessscouter.images;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxPixels a photo whose header declares more pixels (width x height) is refused
 * before anything decodes it (default 40 megapixels: a 12 KB JPEG can declare 65,500 x
 * 65,500)
 * @param decodeMemoryMb the memory all decodes together may hold at once, in MB (default
 * 256); a decode waits until its share is free. A progressive JPEG's decoder holds every
 * coefficient (up to 6 bytes a pixel), whatever the reduction
 */
@Validated
@ConfigurationProperties("app.images")
public record ImagesProperties(@Min(6400) @Max(1_000_000_000L) long maxPixels,
		@Min(16) @Max(65536) int decodeMemoryMb) {
}
