package com.happinessscouter.line;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.apache.http.HttpEntity;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.conn.DnsResolver;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

/**
 * Fetches {@code contentProvider.type = external} content: https only, from public
 * addresses only, no redirects, within a total deadline and a size cap. The host is
 * resolved once, by the connection's own resolver, which refuses the whole host when any
 * of its addresses is not public ({@link PublicAddresses}); the connection goes to the
 * addresses so checked, so a second lookup cannot rebind it elsewhere. IP literals go
 * through the same resolver. No proxy is used.
 */
final class ExternalContent {

	/** Resolves a host name (the system's DNS in the app; a table in tests). */
	@FunctionalInterface
	interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	private final CloseableHttpClient http;

	private final Duration deadline;

	ExternalContent(Duration timeout, Duration deadline, Resolver resolver) {
		this(timeout, deadline, resolver, PublicAddresses::isPublic, SSLConnectionSocketFactory.getSocketFactory());
	}

	/**
	 * @param allowed which resolved addresses may be connected to (public ones; a test of
	 * the deadline and the size cap allows its loopback server)
	 * @param tls the certificates trusted (the JDK's; a test's own)
	 */
	ExternalContent(Duration timeout, Duration deadline, Resolver resolver, Predicate<InetAddress> allowed,
			SSLConnectionSocketFactory tls) {
		this.deadline = deadline;
		PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager(
				RegistryBuilder.<ConnectionSocketFactory>create().register("https", tls).build(), null, null,
				checked(resolver, allowed), 30, TimeUnit.SECONDS);
		connections.setMaxTotal(16);
		connections.setDefaultMaxPerRoute(4);
		int millis = (int) timeout.toMillis();
		this.http = HttpClients.custom()
			.setConnectionManager(connections)
			.setDefaultRequestConfig(RequestConfig.custom()
				.setConnectTimeout(millis)
				.setSocketTimeout(millis)
				.setConnectionRequestTimeout(millis)
				.setRedirectsEnabled(false)
				.build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.build();
	}

	/**
	 * @throws ContentTooLargeException over {@code maxBytes}
	 * @throws LineApiException refused (not https, not a public address: 403), over the
	 * deadline (408), or the server's status; only 5xx and a lost connection may pass
	 */
	byte[] fetch(URI url, long maxBytes) {
		if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
			throw new LineApiException(403, "external content must be an https URL", null);
		}
		HttpGet get = new HttpGet(url);
		AtomicBoolean late = new AtomicBoolean();
		CompletableFuture.delayedExecutor(this.deadline.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
			late.set(true);
			get.abort();
		});
		try (CloseableHttpResponse response = this.http.execute(get)) {
			int status = response.getStatusLine().getStatusCode();
			if (status != 200) {
				throw new LineApiException(status, "external content: HTTP " + status, null);
			}
			return body(response.getEntity(), maxBytes);
		}
		catch (PublicAddresses.Refused refused) {
			throw new LineApiException(403, "external content refused: " + refused.getMessage(), refused);
		}
		catch (UnknownHostException unknown) {
			throw new LineApiException(404, "external content: unknown host " + url.getHost(), unknown);
		}
		catch (IOException ex) {
			if (late.get()) {
				throw new LineApiException(408, "external content: over the deadline of " + this.deadline, ex);
			}
			throw new LineApiException(0, "external content: " + ex.getMessage(), ex);
		}
	}

	private static byte[] body(HttpEntity entity, long maxBytes) throws IOException {
		if (entity == null) {
			return new byte[0];
		}
		if (entity.getContentLength() > maxBytes) {
			throw new ContentTooLargeException(maxBytes);
		}
		try (InputStream in = entity.getContent()) {
			return LineContent.readAtMost(in, maxBytes);
		}
	}

	private static DnsResolver checked(Resolver resolver, Predicate<InetAddress> allowed) {
		return (host) -> {
			InetAddress[] addresses = resolver.resolve(host);
			for (InetAddress address : addresses) {
				if (!allowed.test(address)) {
					throw new PublicAddresses.Refused(host, address);
				}
			}
			return addresses;
		};
	}

}
