package org.accordgraph.curation;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.ApiAssertions.RestoresTheGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.accordgraph.ApiAssertions.HOSTING_2025;
import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.recordUnsourcedAssessment;
import static org.accordgraph.ApiAssertions.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subscriptions over a real WebSocket (graphql-ws), as a front end uses them: a change made
 * through a mutation arrives; a subscriber resuming after the last sequence it saw gets what it
 * missed; an object and a rotation are sent again when a change alters them; a subscriber over
 * the limits is refused, saying which limit.
 */
@AccordGraphTest
@ExtendWith(RestoresTheGraph.class)
class SubscriptionTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	static final String CHANGES = """
			subscription($filter: ChangeFilter, $after: Int) {
			  changes(filter: $filter, afterSequence: $after) {
			    sequence operation entity kind fields
			    node { ... on Commitment { slug } }
			  }
			}""";

	static final String WATCH = """
			subscription($id: ID!) { nodeChanged(id: $id) { id } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	HttpGraphQlTester carla;

	final List<WebSocketGraphQlTester> connections = new ArrayList<>();

	final List<Disposable> subscriptions = new ArrayList<>();

	@BeforeEach
	void signIn() {
		this.carla = signedIn(this.graphQl, basic("carla"));
	}

	@AfterEach
	void close() {
		this.subscriptions.forEach(Disposable::dispose);
		this.connections.forEach(connection -> connection.stop().block(WAIT));
	}

	@Test
	void aChangeMadeThroughAMutationArrivesAtASubscriber() throws Exception {
		long last = lastSequence();
		BlockingQueue<Map<String, Object>> events = subscribe(connect().document(CHANGES)
			.variable("filter", Map.of("entity", HOSTING_2025))
			.variable("after", last)
			.executeSubscription()
			.toFlux("changes", Map.class));
		long sequence = record("first");

		Map<String, Object> event = next(events);
		assertThat(event).containsEntry("sequence", (int) sequence)
			.containsEntry("operation", "recordAssessment")
			.containsEntry("kind", "CREATED");
		assertThat((String) event.get("entity")).startsWith("Commitment:host-central-asia-tip-conference-2025");
	}

	@Test
	void aSubscriberThatReconnectsAfterItsLastSequenceReceivesWhatItMissed() throws Exception {
		long before = lastSequence();
		long first = record("missed one");
		long second = record("missed two");
		assertThat(List.of(first, second)).containsExactly(before + 1, before + 2);
		BlockingQueue<Map<String, Object>> events = subscribe(connect().document(CHANGES)
			.variable("filter", Map.of("operations", List.of("recordAssessment")))
			.variable("after", before)
			.executeSubscription()
			.toFlux("changes", Map.class));
		List<Integer> sequences = new ArrayList<>();
		for (Map<String, Object> event = next(events); ; event = next(events)) {
			sequences.add((Integer) event.get("sequence"));
			if ((Integer) event.get("sequence") == second) {
				break;
			}
		}
		assertThat(sequences).contains((int) first, (int) second).allMatch(sequence -> sequence > before);
		assertThat(sequences).isSorted();
	}

	@Test
	void anObjectIsSentNowAndAgainWhenAChangeTouchesIt() throws Exception {
		BlockingQueue<Map<String, Object>> states = subscribe(connect().document("""
				subscription($id: ID!) {
				  nodeChanged(id: $id) { ... on Commitment { version statusHistory { note } } }
				}""").variable("id", HOSTING_2025).executeSubscription().toFlux("nodeChanged", Map.class));
		Map<String, Object> now = next(states);
		record("watched");
		Map<String, Object> changed = next(states);
		assertThat((Integer) changed.get("version")).isEqualTo((Integer) now.get("version") + 1);
		assertThat(changed.get("statusHistory").toString()).contains("watched");
	}

	@Test
	void theRotationIsSentAgainWhenAHostingIsAssessed() throws Exception {
		BlockingQueue<Map<String, Object>> rotations = subscribe(connect().document("""
				subscription($series: String!) {
				  rotationChanged(series: $series) { year status { status } }
				}""").variable("series", "central-asia-tip-conference").executeSubscription()
			.toFlux()
			.map(rotation -> Map.of("2025", rotation.path("rotationChanged[?(@.year == 2025)].status.status")
				.entityList(String.class)
				.get())));
		assertThat(next(rotations)).containsEntry("2025", List.of("UNKNOWN"));
		record("rotation");
		assertThat(next(rotations)).containsEntry("2025", List.of("PENDING"));
	}

	@Test
	void aSubscriptionOverTheLimitOfAConnectionIsRefusedNamingTheLimit() throws Exception {
		WebSocketGraphQlTester connection = connect();
		List<BlockingQueue<Map<String, Object>>> running = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			BlockingQueue<Map<String, Object>> states = subscribe(connection.document(WATCH)
				.variable("id", HOSTING_2025)
				.executeSubscription()
				.toFlux("nodeChanged", Map.class));
			next(states);
			running.add(states);
		}
		BlockingQueue<Throwable> refused = new LinkedBlockingQueue<>();
		this.subscriptions.add(connection.document(CHANGES)
			.executeSubscription()
			.toFlux("changes", Map.class)
			.subscribe(event -> { }, refused::add));
		assertThat(refused.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).as("an error answering the eleventh").isNotNull()
			.hasMessageContainingAll("classification=LIMIT_EXCEEDED", "max-subscriptions-per-connection = 10");
		record("after the refusal");
		assertThat(next(running.get(0))).as("the connection's other subscriptions go on")
			.containsEntry("id", HOSTING_2025);
	}

	@Test
	void aSubscriptionNamingNothingGetsAClassifiedErrorNamingTheArgument() throws Exception {
		WebSocketGraphQlTester connection = connect();
		BlockingQueue<Throwable> refused = new LinkedBlockingQueue<>();
		this.subscriptions.add(connection.document("""
				subscription($series: String!) { rotationChanged(series: $series) { year } }""")
			.variable("series", "no-such-series")
			.executeSubscription()
			.toFlux("rotationChanged", Map.class)
			.subscribe(event -> { }, refused::add));
		this.subscriptions.add(connection.document(WATCH)
			.variable("id", "garbage")
			.executeSubscription()
			.toFlux("nodeChanged", Map.class)
			.subscribe(event -> { }, refused::add));
		List<String> messages = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			messages.add(String.valueOf(refused.poll(WAIT.toSeconds(), TimeUnit.SECONDS)));
		}
		assertThat(messages).anySatisfy(message -> assertThat(message)
			.contains("there is no conference series 'no-such-series'", "classification=NOT_FOUND", "argument=series"));
		assertThat(messages).anySatisfy(message -> assertThat(message)
			.contains("classification=BAD_REQUEST", "argument=id"));
	}

	@Test
	void aConnectionOverTheLimitIsRefused() throws Exception {
		int accepted = 0;
		Throwable refusal = null;
		while (refusal == null && accepted <= 6) {
			BlockingQueue<Object> outcome = new LinkedBlockingQueue<>();
			this.subscriptions.add(connect().document(WATCH).variable("id", HOSTING_2025)
				.executeSubscription()
				.toFlux("nodeChanged", Map.class)
				.subscribe(outcome::add, outcome::add));
			Object first = outcome.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
			assertThat(first).as("an answer to connection %d", accepted + 1).isNotNull();
			if (first instanceof Throwable refused) {
				refusal = refused;
			}
			else {
				accepted++;
			}
		}
		assertThat(refusal).as("a connection beyond the six allowed refused").isNotNull();
		assertThat(accepted).as("connections accepted (fewer while others' are still open)").isBetween(1, 6);
	}

	@Test
	void aPageOnAnotherOriginSubscribesOnlyIfItsOriginIsAllowed() throws Exception {
		WebSocketGraphQlTester allowed = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql-ws"), new StandardWebSocketClient())
			.header("Origin", AccordGraphTest.FRONT_END)
			.build();
		this.connections.add(allowed);
		assertThat(next(subscribe(allowed.document(WATCH).variable("id", HOSTING_2025)
			.executeSubscription().toFlux("nodeChanged", Map.class)))).containsEntry("id", HOSTING_2025);

		WebSocketGraphQlTester other = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql-ws"), new StandardWebSocketClient())
			.header("Origin", "http://elsewhere.test")
			.build();
		BlockingQueue<Throwable> refused = new LinkedBlockingQueue<>();
		this.subscriptions.add(other.document(CHANGES).executeSubscription().toFlux("changes", Map.class)
			.subscribe(event -> { }, refused::add));
		assertThat(refused.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the handshake refused").isNotNull()
			.hasStackTraceContaining("403");
	}

	@Test
	void aMessageThatIsNotJsonClosesTheConnectionAsTheProtocolAsks() {
		AtomicReference<CloseStatus> closed = new AtomicReference<>();
		new StandardWebSocketClient().execute(URI.create("ws://localhost:" + this.port + "/graphql-ws"),
				new WebSocketHandler() {

					@Override
					public List<String> getSubProtocols() {
						return List.of("graphql-transport-ws");
					}

					@Override
					public Mono<Void> handle(WebSocketSession session) {
						return session.send(Mono.just(session.textMessage("{not json")))
							.then(session.closeStatus())
							.doOnNext(closed::set)
							.then();
					}

				})
			.block(WAIT);
		assertThat(closed.get()).isNotNull().satisfies(status -> {
			assertThat(status.getCode()).isEqualTo(4400);
			assertThat(status.getReason()).isEqualTo("Invalid message");
		});
	}

	private WebSocketGraphQlTester connect() {
		WebSocketGraphQlTester tester = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql-ws"), new StandardWebSocketClient())
			.build();
		this.connections.add(tester);
		return tester;
	}

	@SuppressWarnings("unchecked")
	private BlockingQueue<Map<String, Object>> subscribe(Flux<? extends Map> events) {
		BlockingQueue<Map<String, Object>> queue = new LinkedBlockingQueue<>();
		this.subscriptions.add(events.subscribe(event -> queue.add((Map<String, Object>) event)));
		return queue;
	}

	private static Map<String, Object> next(BlockingQueue<Map<String, Object>> events) throws InterruptedException {
		Map<String, Object> event = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
		assertThat(event).as("an event within %s", WAIT).isNotNull();
		return event;
	}

	/** Records an unsourced assessment of the 2025 hosting; returns the change's sequence number. */
	private long record(String note) {
		recordUnsourcedAssessment(this.carla, note);
		return lastSequence();
	}

	/** Where a front end that reads the graph now starts its subscription. */
	private long lastSequence() {
		return this.graphQl.document("{ lastChangeSequence }")
			.execute()
			.path("lastChangeSequence")
			.entity(Long.class)
			.get();
	}

}
