package com.happinessscouter.line;

import java.net.URI;

import com.linecorp.bot.client.base.ApiAuthenticatedClientBuilder;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.parser.LineSignatureValidator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The LINE SDK clients, sized for the arrival rate and pointed at {@code line.api-url}.
 */
@Configuration(proxyBeanMethods = false)
class LineClientsConfiguration {

	private final LineProperties line;

	LineClientsConfiguration(LineProperties line) {
		this.line = line;
	}

	@Bean
	MessagingApiClient messagingApiClient() {
		return configure(MessagingApiClient.builder(this.line.channelToken())).apiEndPoint(baseUrl(this.line.apiUrl()))
			.build();
	}

	@Bean
	MessagingApiBlobClient messagingApiBlobClient() {
		return configure(MessagingApiBlobClient.builder(this.line.channelToken()))
			.apiEndPoint(baseUrl(this.line.dataApiUrl()))
			.build();
	}

	@Bean
	LineSignatureValidator lineSignatureValidator() {
		return new LineSignatureValidator(this.line.channelSecret().getBytes(UTF_8));
	}

	/**
	 * The SDK (Retrofit) wants base URLs ending in {@code /}; configuration may omit it.
	 */
	static URI baseUrl(URI url) {
		String text = url.toString();
		return text.endsWith("/") ? url : URI.create(text + "/");
	}

	/**
	 * Timeouts and concurrency from configuration; the SDK's wire logger is off: it logs
	 * the channel token ({@code Authorization} header) and guests' messages at INFO.
	 */
	private <T> ApiAuthenticatedClientBuilder<T> configure(ApiAuthenticatedClientBuilder<T> builder) {
		builder.usingDefaultLogger(false)
			.connectTimeout(this.line.timeout())
			.readTimeout(this.line.timeout())
			.writeTimeout(this.line.timeout())
			.maxRequests(this.line.maxConcurrentRequests())
			.maxRequestsPerHost(this.line.maxConcurrentRequests());
		return builder;
	}

}
