package org.accordgraph.security;

import java.util.Arrays;
import java.util.List;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

/** Who a request is signed in as, so that a front end can offer a curator's tools to curators only. */
@Controller
class ViewerController {

	/** A signed-in person and the roles they hold, implied ones included. */
	record Viewer(String name, List<Role> roles) {
	}

	private final RoleHierarchy roles;

	ViewerController(RoleHierarchy roles) {
		this.roles = roles;
	}

	@QueryMapping
	Viewer viewer() {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
			return null;
		}
		List<String> held = this.roles.getReachableGrantedAuthorities(signedIn.getAuthorities())
			.stream()
			.map(GrantedAuthority::getAuthority)
			.toList();
		return new Viewer(signedIn.getName(),
				Arrays.stream(Role.values()).filter(role -> held.contains(role.authority())).toList());
	}

}
