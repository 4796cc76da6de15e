package com.happinessscouter.line;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.linecorp.bot.client.base.BlobContent;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;

import org.springframework.stereotype.Component;

/**
 * Downloads what a guest sent, at once (LINE keeps content only for a while), never more
 * than the caller's limit. External content is fetched over https only.
 */
@Component
public class LineContent {

	private final MessagingApiBlobClient blobs;

	private final LineCalls calls;

	private final HttpClient http;

	private final Duration timeout;

	LineContent(MessagingApiBlobClient blobs, LineProperties line, LineCalls calls) {
		this.blobs = blobs;
		this.calls = calls;
		this.timeout = line.timeout();
		this.http = HttpClient.newBuilder()
			.connectTimeout(line.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * @throws ContentTooLargeException over {@code maxBytes}
	 * @throws LineApiException when the content cannot be had (404: gone or never there)
	 */
	public byte[] download(ContentSource source, long maxBytes) {
		if (source.external()) {
			return downloadExternal(source.externalUrl(), maxBytes);
		}
		BlobContent blob = this.calls.call("content", () -> this.blobs.getMessageContent(source.messageId()));
		try (InputStream in = blob.byteStream()) {
			return readAtMost(in, maxBytes);
		}
		catch (IOException ex) {
			throw new LineApiException(0, "content: " + ex.getMessage(), ex);
		}
	}

	private byte[] downloadExternal(URI url, long maxBytes) {
		if (!"https".equalsIgnoreCase(url.getScheme())) {
			throw new LineApiException(400, "external content must be https: " + url.getScheme(), null);
		}
		HttpRequest request = HttpRequest.newBuilder(url).timeout(this.timeout).GET().build();
		try {
			HttpResponse<InputStream> response = this.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream in = response.body()) {
				if (response.statusCode() != 200) {
					throw new LineApiException(response.statusCode(), "external content: HTTP " + response.statusCode(),
							null);
				}
				return readAtMost(in, maxBytes);
			}
		}
		catch (IOException ex) {
			throw new LineApiException(0, "external content: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LineApiException(0, "external content: interrupted", ex);
		}
	}

	static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
		byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		if (bytes.length > maxBytes) {
			throw new ContentTooLargeException(maxBytes);
		}
		return bytes;
	}

}
