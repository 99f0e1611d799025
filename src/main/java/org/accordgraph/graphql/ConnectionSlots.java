package org.accordgraph.graphql;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * The WebSocket connections of subscriptions the service holds open: at most
 * {@link GraphQlLimits#maxSubscriptionConnections()} in all and
 * {@link GraphQlLimits#maxSubscriptionConnectionsPerClient()} from one address, so that no one
 * client can take every slot. A handshake over either limit is refused before it becomes a
 * connection: 503 (the service is full) or 429 (this client has its share), with
 * {@code Retry-After} and an error naming the limit. Behind a proxy, the client's address is the
 * one the proxy forwards ({@code server.forward-headers-strategy}).
 */
final class ConnectionSlots implements HandshakeInterceptor {

	/** Where a connection keeps the address its slot was taken for. */
	private static final String CLIENT = ConnectionSlots.class.getName() + ".client";

	private static final String RETRY_AFTER_SECONDS = "30";

	private final GraphQlLimits limits;

	private final JsonMapper json;

	private final AtomicInteger open = new AtomicInteger();

	private final Map<String, AtomicInteger> byClient = new ConcurrentHashMap<>();

	ConnectionSlots(GraphQlLimits limits, JsonMapper json) {
		this.limits = limits;
		this.json = json;
	}

	@Override
	public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Map<String, Object> attributes) throws IOException {
		String client = client(request);
		AtomicInteger ofClient = this.byClient.computeIfAbsent(client, c -> new AtomicInteger());
		if (ofClient.incrementAndGet() > this.limits.maxSubscriptionConnectionsPerClient()) {
			ofClient.decrementAndGet();
			return refuse(response, HttpStatus.TOO_MANY_REQUESTS, "max-subscription-connections-per-client",
					this.limits.maxSubscriptionConnectionsPerClient(),
					"This client holds as many subscription connections as one may: close one first");
		}
		if (this.open.incrementAndGet() > this.limits.maxSubscriptionConnections()) {
			this.open.decrementAndGet();
			ofClient.decrementAndGet();
			return refuse(response, HttpStatus.SERVICE_UNAVAILABLE, "max-subscription-connections",
					this.limits.maxSubscriptionConnections(), "The service holds as many subscription connections as it may");
		}
		if (request instanceof ServletServerHttpRequest servlet) {
			servlet.getServletRequest().setAttribute(CLIENT, client);
		}
		attributes.put(CLIENT, client);
		return true;
	}

	/** A handshake that did not end in a connection gives its slot back. */
	@Override
	public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Exception exception) {
		if (request instanceof ServletServerHttpRequest servlet && response instanceof ServletServerHttpResponse answer
				&& servlet.getServletRequest().getAttribute(CLIENT) instanceof String client
				&& answer.getServletResponse().getStatus() != HttpStatus.SWITCHING_PROTOCOLS.value()) {
			release(client);
		}
	}

	/** Gives back the slot of a connection that closed. */
	void release(Map<String, Object> attributes) {
		if (attributes.remove(CLIENT) instanceof String client) {
			release(client);
		}
	}

	private void release(String client) {
		this.open.decrementAndGet();
		this.byClient.computeIfPresent(client, (c, count) -> (count.decrementAndGet() == 0) ? null : count);
	}

	private static String client(ServerHttpRequest request) {
		InetSocketAddress address = request.getRemoteAddress();
		return (address != null && address.getAddress() != null) ? address.getAddress().getHostAddress() : "unknown";
	}

	private boolean refuse(ServerHttpResponse response, HttpStatus status, String limit, int value, String message)
			throws IOException {
		response.getHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
		response.getHeaders().set("Connection", "close");
		if (response instanceof ServletServerHttpResponse servlet) {
			response.getHeaders().forEach((name, values) -> values.forEach(v -> servlet.getServletResponse().setHeader(name, v)));
			HttpErrorResponse.write(servlet.getServletResponse(), this.json, status,
					LimitExceededException.Classification.LIMIT_EXCEEDED,
					message + " (limit accord.graphql.limits." + limit + " = " + value + ")",
					Map.of("limit", limit, "value", String.valueOf(value)));
		}
		else {
			response.setStatusCode(status);
		}
		return false;
	}

}
