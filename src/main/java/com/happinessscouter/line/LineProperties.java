package com.happinessscouter.line;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The LINE channel.
 *
 * @param channelSecret signs webhooks ({@code LINE_CHANNEL_SECRET})
 * @param channelToken authorises API calls ({@code LINE_CHANNEL_TOKEN})
 * @param apiUrl the Messaging API base URL
 * @param dataApiUrl the content API base URL
 * @param timeout connect/read timeout of each API call
 * @param maxConcurrentRequests requests in flight to one LINE host
 * @param botBasicId the bot's basic id (e.g. {@code @123abcde}), for the add-friend QR
 * code on the table card and the big screen
 * @param addFriendUrl an add-friend link to use instead of one made from the basic id
 * @param externalContentDeadline the whole fetch of an external content URL (connect,
 * headers, body) must end within this
 */
@Validated
@ConfigurationProperties("line")
public record LineProperties(
		@NotBlank(message = "line.channel-secret (LINE_CHANNEL_SECRET) must be set") String channelSecret,
		@NotBlank(message = "line.channel-token (LINE_CHANNEL_TOKEN) must be set") String channelToken,
		@NotNull URI apiUrl, @NotNull URI dataApiUrl, @NotNull Duration timeout,
		@Min(1) @Max(512) int maxConcurrentRequests, String botBasicId, URI addFriendUrl,
		@NotNull Duration externalContentDeadline) {

	/** The link that adds the bot as a friend, if the bot is known. */
	public Optional<String> joinUrl() {
		if (this.addFriendUrl != null) {
			return Optional.of(this.addFriendUrl.toString());
		}
		if (this.botBasicId == null || this.botBasicId.isBlank()) {
			return Optional.empty();
		}
		String id = this.botBasicId.strip();
		return Optional.of("https://line.me/R/ti/p/"
				+ URLEncoder.encode(id.startsWith("@") ? id : "@" + id, StandardCharsets.UTF_8));
	}

	/**
	 * LINE's link that opens the chat with the bot with {@code text} typed in, ready to
	 * send ({@code https://line.me/R/oaMessage/{basic id}/?{text}}), if the basic id is
	 * set.
	 */
	public Optional<String> messageUrl(String text) {
		if (this.botBasicId == null || this.botBasicId.isBlank()) {
			return Optional.empty();
		}
		String id = this.botBasicId.strip();
		return Optional
			.of("https://line.me/R/oaMessage/" + percent(id.startsWith("@") ? id : "@" + id) + "/?" + percent(text));
	}

	private static String percent(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** Never prints the secret or the token. */
	@Override
	public String toString() {
		return "LineProperties[apiUrl=" + this.apiUrl + ", dataApiUrl=" + this.dataApiUrl + ", secret=***, token=***]";
	}

}
