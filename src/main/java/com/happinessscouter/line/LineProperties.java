package com.happinessscouter.line;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
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
 */
@Validated
@ConfigurationProperties("line")
public record LineProperties(
		@NotBlank(message = "line.channel-secret (LINE_CHANNEL_SECRET) must be set") String channelSecret,
		@NotBlank(message = "line.channel-token (LINE_CHANNEL_TOKEN) must be set") String channelToken,
		@NotNull @DefaultValue("https://api.line.me") URI apiUrl,
		@NotNull @DefaultValue("https://api-data.line.me") URI dataApiUrl,
		@NotNull @DefaultValue("10s") Duration timeout,
		@Min(1) @Max(512) @DefaultValue("64") int maxConcurrentRequests) {

	/** Never prints the secret or the token. */
	@Override
	public String toString() {
		return "LineProperties[apiUrl=" + this.apiUrl + ", dataApiUrl=" + this.dataApiUrl + ", secret=***, token=***]";
	}

}
