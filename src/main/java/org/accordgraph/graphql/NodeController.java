package org.accordgraph.graphql;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node(id:)}: any object by its global id. */
@Controller
class NodeController {

	private final NodeTypes types;

	NodeController(NodeTypes types) {
		this.types = types;
	}

	@QueryMapping
	Object node(@Argument String id) {
		return this.types.find(this.types.decode(id, "id")).orElse(null);
	}

}
