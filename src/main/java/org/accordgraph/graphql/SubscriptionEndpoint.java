package org.accordgraph.graphql;

import java.time.Duration;

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

/**
 * The WebSocket endpoint of subscriptions, as Spring Boot would make it (the same timeouts,
 * keep-alive and allowed origins), except that a message that is not JSON closes the connection
 * as the graphql-ws protocol asks, with 4400 "Invalid message", rather than as a server error
 * logged with its stack trace, which any client could fill the log with.
 */
@Configuration(proxyBeanMethods = false)
class SubscriptionEndpoint {

	@Bean
	GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties graphQl,
			GraphQlCorsProperties cors, JsonMapper json) {
		GraphQlProperties.Websocket socket = graphQl.getWebsocket();
		return new InvalidMessagesRefused(handler, new JacksonJsonHttpMessageConverter(json),
				socket.getConnectionInitTimeout(), socket.getKeepAlive(), cors.toCorsConfiguration());
	}

	static final class InvalidMessagesRefused extends GraphQlWebSocketHandler {

		static final CloseStatus INVALID_MESSAGE = new CloseStatus(4400, "Invalid message");

		@SuppressWarnings({ "rawtypes", "unchecked" })
		InvalidMessagesRefused(WebGraphQlHandler handler, JacksonJsonHttpMessageConverter converter,
				Duration initTimeout, Duration keepAlive, CorsConfiguration cors) {
			super(handler, (org.springframework.http.converter.HttpMessageConverter) converter, initTimeout, keepAlive,
					cors);
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

	}

}
