package org.accordgraph.curation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.accordgraph.ApiAssertions.assertAnswersWhile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * WebSocket clients made to hurt: a page on a foreign origin, a client that takes every slot it
 * can, a client that floods its connection. Each is refused at the handshake with a status and an
 * error naming the limit, or closed as the graphql-ws protocol asks, and the service answers
 * others all the while. The service under test holds six connections, four from one address.
 */
@AccordGraphTest
class HostileSubscribersTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@LocalServerPort
	int port;

	private final List<Socket> held = new ArrayList<>();

	@AfterEach
	void closeHeld() throws IOException {
		for (Socket socket : this.held) {
			socket.close();
		}
	}

	@Test
	void aPageOnAForeignOriginCannotOpenAConnection() {
		assertThat(handshake("127.0.0.1", "http://evil.example").status()).isEqualTo(403);
		assertThat(handshake("127.0.0.1", "http://localhost:" + this.port).status()).as("the service's own origin")
			.isEqualTo(101);
		assertThat(handshake("127.0.0.1", null).status()).as("a client that is not a browser").isEqualTo(101);
	}

	@Test
	void noClientTakesEverySlotAndAFullServiceSaysSo() {
		for (int slot = 0; slot < 4; slot++) {
			assertThat(hold("127.0.0.2").status()).as("slot %d of the client", slot + 1).isEqualTo(101);
		}
		Answer refused = hold("127.0.0.2");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.text()).contains("Retry-After: 30", "LIMIT_EXCEEDED",
				"max-subscription-connections-per-client = 4");

		Answer full = null;
		for (int more = 0; more < 6 && full == null; more++) {
			Answer answer = hold("127.0.0.3");
			if (answer.status() != 101) {
				full = answer;
			}
		}
		assertThat(full).as("a handshake once the service holds six").isNotNull();
		assertThat(full.status()).isEqualTo(503);
		assertThat(full.text()).contains("Retry-After: 30", "max-subscription-connections = 6");

		for (Socket socket : this.held) {
			close(socket);
		}
		this.held.clear();
		await().atMost(WAIT).until(() -> {
			Answer again = handshake("127.0.0.4", null);
			return again.status() == 101;
		});
	}

	@Test
	void aClientThatFloodsItsConnectionWithSubscriptionsIsRefusedEachOverTheLimitAndOthersAreAnswered() {
		assertAnswersWhile(this.port, () -> {
			BlockingQueue<String> received = new LinkedBlockingQueue<>();
			WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
				.buildAsync(URI.create("ws://localhost:" + this.port + "/graphql-ws"), new WebSocket.Listener() {

					private final StringBuilder message = new StringBuilder();

					@Override
					public CompletionStage<?> onText(WebSocket webSocket, CharSequence text, boolean last) {
						this.message.append(text);
						if (last) {
							received.add(this.message.toString());
							this.message.setLength(0);
						}
						webSocket.request(1);
						return null;
					}

				})
				.join();
			socket.sendText("{\"type\":\"connection_init\"}", true).join();
			for (int i = 0; i < FLOOD; i++) {
				socket.sendText("{\"type\":\"subscribe\",\"id\":\"" + i
						+ "\",\"payload\":{\"query\":\"subscription { changes { sequence } }\"}}", true).join();
			}
			int refused = 0;
			while (refused < FLOOD - 10) {
				String message = poll(received);
				assertThat(message).as("a message within %s (%d refusals so far)", WAIT, refused).isNotNull();
				if (message.contains("LIMIT_EXCEEDED") && message.contains("max-subscriptions-per-connection")) {
					refused++;
				}

			}
			socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
		});
	}

	private static String poll(BlockingQueue<String> received) {
		try {
			return received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** How many subscriptions a flooding client starts on its one connection. */
	private static final int FLOOD = 300;

	/** The status of the answer to a WebSocket handshake, with its whole text. */
	record Answer(int status, String text) {
	}

	/** A handshake from that local address, the connection kept open while the test runs. */
	private Answer hold(String from) {
		Socket socket = connect(from);
		this.held.add(socket);
		return handshake(socket, null);
	}

	private Answer handshake(String from, String origin) {
		try (Socket socket = connect(from)) {
			return handshake(socket, origin);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Socket connect(String from) {
		try {
			Socket socket = new Socket();
			socket.bind(new InetSocketAddress(from, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 5_000);
			socket.setSoTimeout((int) WAIT.toMillis());
			return socket;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Sends the upgrade request; reads the status and headers, and the body of a refusal. */
	private Answer handshake(Socket socket, String origin) {
		try {
			String request = "GET /graphql-ws HTTP/1.1\r\nHost: localhost:" + this.port + "\r\nUpgrade: websocket\r\n"
					+ "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
					+ "Sec-WebSocket-Protocol: graphql-transport-ws\r\n" + ((origin != null) ? "Origin: " + origin + "\r\n" : "")
					+ "\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
				int b = in.read();
				if (b < 0) {
					break;
				}
				head.write(b);
			}
			String text = head.toString(StandardCharsets.ISO_8859_1);
			int status = Integer.parseInt(text.substring(9, 12));
			if (status != 101) {
				int length = text.lines().filter(line -> line.toLowerCase().startsWith("content-length:"))
					.map(line -> Integer.parseInt(line.substring(15).trim())).findFirst().orElse(-1);
				text += new String((length >= 0) ? in.readNBytes(length) : in.readAllBytes(), StandardCharsets.UTF_8);
			}
			return new Answer(status, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void close(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
