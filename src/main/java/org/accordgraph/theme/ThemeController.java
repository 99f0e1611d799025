package org.accordgraph.theme;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The four Ps. */
@Controller
class ThemeController {

	private final Themes themes;

	ThemeController(Themes themes) {
		this.themes = themes;
	}

	@QueryMapping
	List<ThemeDefinition> themes() {
		return this.themes.all();
	}

	@QueryMapping
	ThemeDefinition theme(@Argument Theme theme) {
		return this.themes.one(theme).orElse(null);
	}

}
