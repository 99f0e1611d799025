package org.accordgraph.graphql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.server.HandshakeHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.OriginHandshakeInterceptor;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;

/**
 * The WebSocket endpoint of subscriptions, as Spring Boot would make it (the same timeouts and
 * keep-alive), guarded at the handshake, before a connection exists:
 * <ul>
 * <li>a page may open one only from the service's own origin or one of
 * {@code spring.graphql.cors.allowed-origins}, whether or not any is configured (a foreign
 * origin gets 403);</li>
 * <li>the service holds at most {@code max-subscription-connections} of them, and one client
 * (one address) at most {@code max-subscription-connections-per-client}: one over is refused with
 * 503 or 429, a {@code Retry-After} and an error naming the limit ({@link ConnectionSlots});</li>
 * <li>a message that is not JSON closes the connection as the graphql-ws protocol asks, with 4400
 * "Invalid message", rather than as a server error logged with its stack trace, which any client
 * could fill the log with.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SubscriptionEndpoint {

	@Bean
	GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties graphQl,
			GraphQlCorsProperties cors, GraphQlLimits limits, JsonMapper json) {
		GraphQlProperties.Websocket socket = graphQl.getWebsocket();
		return new Guarded(handler, new JacksonJsonHttpMessageConverter(json), socket.getConnectionInitTimeout(),
				socket.getKeepAlive(), cors.toCorsConfiguration(), new ConnectionSlots(limits, json));
	}

	static final class Guarded extends GraphQlWebSocketHandler {

		static final CloseStatus INVALID_MESSAGE = new CloseStatus(4400, "Invalid message");

		private final CorsConfiguration cors;

		private final ConnectionSlots slots;

		@SuppressWarnings({ "rawtypes", "unchecked" })
		Guarded(WebGraphQlHandler handler, JacksonJsonHttpMessageConverter converter, Duration initTimeout,
				Duration keepAlive, CorsConfiguration cors, ConnectionSlots slots) {
			super(handler, (org.springframework.http.converter.HttpMessageConverter) converter, initTimeout, keepAlive,
					cors);
			this.cors = cors;
			this.slots = slots;
		}

		/** The origin check first (also where no other origin is configured), then the slots. */
		@Override
		public WebSocketHttpRequestHandler initWebSocketHttpRequestHandler(HandshakeHandler handshakeHandler) {
			WebSocketHttpRequestHandler handler = super.initWebSocketHttpRequestHandler(handshakeHandler);
			List<HandshakeInterceptor> interceptors = new ArrayList<>(handler.getHandshakeInterceptors());
			interceptors.removeIf(OriginHandshakeInterceptor.class::isInstance);
			List<String> origins = (this.cors != null && this.cors.getAllowedOrigins() != null)
					? this.cors.getAllowedOrigins() : List.of();
			interceptors.add(0, new OriginHandshakeInterceptor(origins));
			interceptors.add(this.slots);
			handler.setHandshakeInterceptors(interceptors);
			return handler;
		}

		@Override
		protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
			try {
				super.handleTextMessage(session, message);
			}
			catch (HttpMessageNotReadableException ex) {
				session.close(INVALID_MESSAGE);
			}
		}

		@Override
		public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
			try {
				super.afterConnectionClosed(session, status);
			}
			finally {
				this.slots.release(session.getAttributes());
			}
		}

	}

}
