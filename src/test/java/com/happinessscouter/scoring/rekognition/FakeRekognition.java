package com.happinessscouter.scoring.rekognition;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback HTTP server speaking Rekognition's JSON protocol (awsJson1_1): it records
 * each request and answers the scripted replies in order (HTTP 500 once the script runs
 * out, unless {@link #answerEveryCall} set a standing reply). Public for the load
 * benchmark, which uses it as Rekognition in another data centre.
 */
public final class FakeRekognition implements AutoCloseable {

	static final String CONTENT_TYPE = "application/x-amz-json-1.1";

	/** One request as received. */
	record Recorded(String method, String path, String target, String contentType, String body) {
	}

	private record Reply(int status, String body, Duration delay) {
	}

	private final Queue<Reply> replies = new ConcurrentLinkedQueue<>();

	private final List<Recorded> requests = new CopyOnWriteArrayList<>();

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final AtomicInteger calls = new AtomicInteger();

	private volatile Reply standing;

	private final HttpServer server;

	public FakeRekognition() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	public URI endpoint() {
		InetSocketAddress address = this.server.getAddress();
		return URI.create("http://" + address.getHostString() + ":" + address.getPort());
	}

	FakeRekognition succeed(String body) {
		return reply(200, body, Duration.ZERO);
	}

	/** An error the way Rekognition sends it: {@code {"__type": ..., "message": ...}}. */
	FakeRekognition fail(int status, String type, String message) {
		return reply(status, "{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}", Duration.ZERO);
	}

	FakeRekognition reply(int status, String body, Duration delay) {
		this.replies.add(new Reply(status, body, delay));
		return this;
	}

	/**
	 * Answers every call without a scripted reply with two faces, one laughing, after
	 * {@code delay} (Rekognition's own time), and records nothing.
	 */
	public FakeRekognition answerEveryCall(Duration delay) {
		this.standing = new Reply(200,
				DetectFacesJson.response(
						DetectFacesJson.face(0.1, 0.2, 0.2, 0.3, 99.9, true, "HAPPY", 92.0, "CALM", 5.0),
						DetectFacesJson.face(0.5, 0.2, 0.2, 0.3, 99.5, false, "CALM", 70.0, "SURPRISED", 20.0)),
				delay);
		return this;
	}

	List<Recorded> requests() {
		return List.copyOf(this.requests);
	}

	/** Every call received, answered by the script or by the standing reply. */
	public int calls() {
		return this.calls.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			this.calls.incrementAndGet();
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Reply reply = this.replies.poll();
			if (reply == null && this.standing != null) {
				respond(exchange, this.standing);
				return;
			}
			this.requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					exchange.getRequestHeaders().getFirst("X-Amz-Target"),
					exchange.getRequestHeaders().getFirst("Content-Type"), body));
			if (reply == null) {
				reply = new Reply(500, "{\"__type\":\"InternalServerError\",\"message\":\"no scripted reply\"}",
						Duration.ZERO);
			}
			respond(exchange, reply);
		}
	}

	private static void respond(HttpExchange exchange, Reply reply) throws IOException {
		try {
			Thread.sleep(reply.delay());
			byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
			exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
			exchange.sendResponseHeaders(reply.status(), bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
