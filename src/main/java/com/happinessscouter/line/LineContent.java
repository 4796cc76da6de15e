package com.happinessscouter.line;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;

import com.linecorp.bot.client.base.BlobContent;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;

import org.springframework.stereotype.Component;

/**
 * Downloads what a guest sent, at once (LINE keeps content only for a while), never more
 * than the caller's limit. External content is fetched by {@link ExternalContent}: https
 * to public addresses only, within a deadline.
 */
@Component
public class LineContent {

	private final MessagingApiBlobClient blobs;

	private final LineCalls calls;

	private final ExternalContent external;

	LineContent(MessagingApiBlobClient blobs, LineProperties line, LineCalls calls) {
		this.blobs = blobs;
		this.calls = calls;
		this.external = new ExternalContent(line.timeout(), line.externalContentDeadline(), InetAddress::getAllByName);
	}

	/**
	 * @throws ContentTooLargeException over {@code maxBytes}
	 * @throws LineApiException when the content cannot be had (404: gone or never there)
	 */
	public byte[] download(ContentSource source, long maxBytes) {
		if (source.external()) {
			return this.external.fetch(source.externalUrl(), maxBytes);
		}
		BlobContent blob = this.calls.call("content", () -> this.blobs.getMessageContent(source.messageId()));
		try (InputStream in = blob.byteStream()) {
			return readAtMost(in, maxBytes);
		}
		catch (IOException ex) {
			throw new LineApiException(0, "content: " + ex.getMessage(), ex);
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
