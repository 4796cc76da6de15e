package com.happinessscouter.line;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;

import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The deadline, the size cap and "no redirects" of external content, against a local
 * https server with its own certificate (made with the JDK's keytool). Only here is the
 * loopback address allowed: the address rules are {@code ExternalContentTest}'s.
 */
class ExternalContentLimitsTest {

	private static final String PASSWORD = "changeit";

	private static SSLContext tls;

	private SSLServerSocket server;

	private final AtomicInteger requests = new AtomicInteger();

	private ExternalContent external;

	@BeforeAll
	static void certificate(@TempDir Path dir) throws Exception {
		Path store = dir.resolve("localhost.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-alias",
				"localhost", "-keyalg", "EC", "-dname", "CN=localhost", "-ext", "san=dns:localhost", "-validity", "2")
			.redirectErrorStream(true)
			.start();
		assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store)) {
			keys.load(in, PASSWORD.toCharArray());
		}
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(keys, PASSWORD.toCharArray());
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(keys);
		tls = SSLContext.getInstance("TLS");
		tls.init(keyManagers.getKeyManagers(), trust.getTrustManagers(), null);
	}

	@AfterEach
	void stop() throws IOException {
		if (this.server != null) {
			this.server.close();
		}
	}

	@Test
	void bodyTricklingPastTheDeadline_isCutOffAndNotRetried() throws Exception {
		serve((out) -> {
			write(out, "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: 100000\r\n\r\n");
			for (int i = 0; i < 100; i++) {
				write(out, "x");
				pause(Duration.ofMillis(200));
			}
		});
		long started = System.nanoTime();
		assertThatExceptionOfType(LineApiException.class).isThrownBy(() -> fetch(1_000_000))
			.satisfies((late) -> assertThat(late.status()).isEqualTo(408))
			.satisfies((late) -> assertThat(late.retryable()).isFalse());
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
	}

	@Test
	void bodyOverTheCap_isRefusedWithOrWithoutALength() throws Exception {
		serve((out) -> write(out, "HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n" + "x".repeat(5000)));
		assertThatExceptionOfType(ContentTooLargeException.class).isThrownBy(() -> fetch(1000));
		this.server.close();
		serve((out) -> write(out, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + "x".repeat(5000)));
		assertThatExceptionOfType(ContentTooLargeException.class).isThrownBy(() -> fetch(1000));
	}

	@Test
	void redirect_isNotFollowed() throws Exception {
		serve((out) -> write(out, "HTTP/1.1 302 Found\r\nLocation: https://localhost:" + this.server.getLocalPort()
				+ "/elsewhere\r\nContent-Length: 0\r\n\r\n"));
		assertThatExceptionOfType(LineApiException.class).isThrownBy(() -> fetch(1000))
			.satisfies((moved) -> assertThat(moved.status()).isEqualTo(302));
		assertThat(this.requests).hasValue(1);
	}

	@Test
	void photoWithinLimits_isFetched() throws Exception {
		serve((out) -> write(out, "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc"));
		assertThat(fetch(1000)).isEqualTo("abc".getBytes(US_ASCII));
	}

	private byte[] fetch(long maxBytes) {
		return this.external.fetch(URI.create("https://localhost:" + this.server.getLocalPort() + "/photo.jpg"),
				maxBytes);
	}

	/** Answers every request on a new loopback port as {@code answer} writes. */
	private void serve(Consumer<OutputStream> answer) throws IOException {
		this.server = (SSLServerSocket) tls.getServerSocketFactory()
			.createServerSocket(0, 10, InetAddress.getLoopbackAddress());
		SSLServerSocket listening = this.server;
		Thread.ofVirtual().start(() -> {
			while (!listening.isClosed()) {
				try (Socket socket = listening.accept()) {
					readHead(socket.getInputStream());
					this.requests.incrementAndGet();
					answer.accept(socket.getOutputStream());
				}
				catch (IOException | RuntimeException closed) {
					// the client left or the test is over
				}
			}
		});
		this.external = new ExternalContent(Duration.ofSeconds(5), Duration.ofSeconds(1),
				(host) -> new InetAddress[] { InetAddress.getLoopbackAddress() }, (address) -> true,
				new SSLConnectionSocketFactory(tls));
	}

	private static void readHead(InputStream in) throws IOException {
		int matched = 0;
		byte[] end = "\r\n\r\n".getBytes(US_ASCII);
		while (matched < end.length) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("request cut short");
			}
			matched = (b == end[matched]) ? matched + 1 : ((b == end[0]) ? 1 : 0);
		}
	}

	private static void write(OutputStream out, String text) {
		try {
			out.write(text.getBytes(US_ASCII));
			out.flush();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
