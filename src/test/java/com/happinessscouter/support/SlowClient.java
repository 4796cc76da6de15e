package com.happinessscouter.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

/**
 * A raw HTTP/1.1 client that sends a request's headers and only part of its body, as a
 * slow or hostile sender would, and reads what the server answers meanwhile.
 */
public final class SlowClient implements AutoCloseable {

	private final Socket socket;

	private final OutputStream out;

	private SlowClient(Socket socket) throws IOException {
		this.socket = socket;
		this.out = socket.getOutputStream();
	}

	/**
	 * Connects and sends a POST's headers (declaring {@code contentLength} body bytes)
	 * and the first {@code sent} of them.
	 * @param signature the {@code X-Line-Signature} header, or {@code null} for none
	 */
	public static SlowClient post(int port, String path, String signature, int contentLength, int sent) {
		try {
			SlowClient client = new SlowClient(new Socket("localhost", port));
			StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port
					+ "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\n");
			if (signature != null) {
				head.append("X-Line-Signature: ").append(signature).append("\r\n");
			}
			client.out.write(head.append("\r\n").toString().getBytes(ISO_8859_1));
			client.out.write("{".repeat(sent).getBytes(ISO_8859_1));
			client.out.flush();
			return client;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits, then sends one more body byte; {@code false} once the server has closed.
	 */
	public boolean trickle(Duration pause) {
		try {
			Thread.sleep(pause);
			this.out.write(' ');
			this.out.flush();
			return true;
		}
		catch (IOException closed) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * @return the status code the server answered within {@code patience}, or -1 if it
	 * said nothing
	 */
	public int status(Duration patience) {
		try {
			this.socket.setSoTimeout((int) patience.toMillis());
			InputStream in = this.socket.getInputStream();
			StringBuilder line = new StringBuilder();
			for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
				line.append((char) b);
			}
			String[] parts = line.toString().split(" ");
			return (parts.length > 1) ? Integer.parseInt(parts[1]) : -1;
		}
		catch (SocketTimeoutException silent) {
			return -1;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.socket.close();
		}
		catch (IOException ignored) {
			// closing is best effort
		}
	}

}
