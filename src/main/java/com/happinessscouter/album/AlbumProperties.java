package com.happinessscouter.album;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The guests' album links.
 *
 * @param linkDays a link works this many days (never beyond the photos' retention)
 * @param publicUrl the app's address as guests' phones reach it (e.g.
 * {@code https://scouter.example.com}); blank: the bot says albums are not offered
 */
@Validated
@ConfigurationProperties("app.album")
public record AlbumProperties(@Min(1) @Max(3650) int linkDays, String publicUrl) {

	/** Whether album links can be made. */
	public boolean offered() {
		return this.publicUrl != null && !this.publicUrl.isBlank();
	}

}
