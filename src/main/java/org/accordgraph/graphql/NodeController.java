package org.accordgraph.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node(id:)}: any object by its global id. */
@Controller
class NodeController {

	private final Map<String, NodeType<?>> types;

	NodeController(List<NodeType<?>> types) {
		this.types = types.stream().collect(Collectors.toMap(NodeType::name, Function.identity()));
	}

	@QueryMapping
	Object node(@Argument String id) {
		GlobalId globalId = GlobalId.decode(id, "id");
		NodeType<?> type = this.types.get(globalId.type());
		if (type == null) {
			throw new InvalidArgumentException("id", "'" + id + "' is not an Accord Graph id");
		}
		return type.finder().apply(globalId.key()).orElse(null);
	}

}
