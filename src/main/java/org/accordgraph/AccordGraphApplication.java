package org.accordgraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Accord Graph: a GraphQL knowledge base of declarations, conferences, action plans and the
 * commitments in them, each fact with its citation.
 * <p>
 * {@code java -jar accord-graph.jar} runs the service. {@code java -jar accord-graph.jar import
 * FILE|DIR [--dry-run | --bulk]} and {@code export DIR [--format=yaml|json]} run one command against the
 * same database, without listening for requests, and exit.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AccordGraphApplication {

	public static void main(String[] args) {
		List<String> words = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
		if (!words.isEmpty() && List.of("import", "export").contains(words.get(0))) {
			if (words.size() != 2) {
				System.err.println("Usage: java -jar accord-graph.jar import FILE|DIR [--dry-run | --bulk]"
						+ " | export DIR [--format=yaml|json]");
				System.exit(2);
			}
			List<String> arguments = new ArrayList<>(Arrays.stream(args).filter(arg -> arg.startsWith("--")).toList());
			arguments.add("--accord.command.name=" + words.get(0));
			arguments.add("--accord.command.path=" + words.get(1));
			if (arguments.contains("--bulk")) {
				// a bulk load fills an empty database with its dataset alone
				arguments.add("--accord.dataset.load-bundled=false");
			}
			System.exit(command(arguments.toArray(String[]::new)));
		}
		SpringApplication.run(AccordGraphApplication.class, args);
	}

	private static int command(String[] arguments) {
		SpringApplication application = new SpringApplication(AccordGraphApplication.class);
		// the whole application without a listening port, and quiet: the command says what it did in a line
		application.setDefaultProperties(Map.of("server.port", "-1", "spring.main.banner-mode", "off", "logging.level.root", "WARN",
				"logging.level.org.accordgraph", "INFO", "logging.level.org.springframework.boot.SpringApplication", "OFF",
				"logging.level.org.springframework.boot.diagnostics", "OFF",
				"logging.level.org.springframework.context", "ERROR", "spring.main.log-startup-info", "false",
				// who may sign in to the web API is no concern of a command
				"logging.level.org.accordgraph.security", "ERROR"));
		try (ConfigurableApplicationContext context = application.run(arguments)) {
			return SpringApplication.exit(context);
		}
		catch (RuntimeException ex) {
			System.err.println(CommandFailure.explain(ex));
			return 1;
		}
	}

}
