package com.happinessscouter.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoProblem;
import com.happinessscouter.submission.PhotoStatus;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A photo sent as external content ({@code contentProvider.type = external}) pointing at
 * the app's own machine: refused before any connection, answered kindly once, never
 * retried. A local server counts every connection it gets (it must get none).
 */
class ExternalContentIT extends ScouterIT {

	@Autowired
	private SingleTable table;

	private ServerSocket server;

	private final AtomicInteger connections = new AtomicInteger();

	@BeforeEach
	void listen() throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread.ofVirtual().start(() -> {
			while (!this.server.isClosed()) {
				try (Socket socket = this.server.accept()) {
					this.connections.incrementAndGet();
				}
				catch (IOException closed) {
					// the test is over
				}
			}
		});
	}

	@AfterEach
	void close() throws IOException {
		this.server.close();
	}

	@Test
	void httpUrlToLoopback_isAnsweredKindlyOnceAndNothingIsFetched() {
		assertRefusedKindly("http://127.0.0.1:" + this.server.getLocalPort() + "/photo.jpg");
	}

	@Test
	void httpsUrlToLocalhost_isAnsweredKindlyOnceAndNothingIsFetched() {
		assertRefusedKindly("https://localhost:" + this.server.getLocalPort() + "/photo.jpg");
	}

	private void assertRefusedKindly(String url) {
		SimulatedGuest guest = guest("en");
		String messageId = SignedWebhook.newMessageId();
		String eventId = "01EXT" + messageId;
		assertThat(send(SignedWebhook.body(SignedWebhook.event("image-external",
				Map.of("userId", guest.userId(), "messageId", messageId, "url", url, "eventId", eventId)))))
			.isEqualTo(200);

		Photo photo = awaitPhoto(guest.userId(), messageId, Photo::answered);
		assertThat(photo.status()).isEqualTo(PhotoStatus.FAILED);
		assertThat(photo.problem()).isEqualTo(PhotoProblem.CONTENT_UNAVAILABLE);
		assertThat(photo.s3Key()).as("nothing stored").isNull();
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.ledger.botMessages(guest.userId()).size() == 1);
		assertThat(this.connections).as("connections to the local server").hasValue(0);
		Map<String, AttributeValue> inbox = this.table.client()
			.getItem((get) -> get.tableName(this.table.name()).key(KeySpace.INBOX.key(eventId)).consistentRead(true))
			.item();
		assertThat(inbox.get("state").s()).isEqualTo("DONE");
		assertThat(inbox.get("attempts").n()).as("retries").isEqualTo("0");
	}

}
