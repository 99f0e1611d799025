package org.accordgraph.actor;

import java.util.List;

import org.accordgraph.fact.Basis;
import org.accordgraph.graphql.OrderDirection;
import org.accordgraph.graphql.SortOrder;

/** What the lists of actors can be filtered and sorted by, as the GraphQL inputs of the same names. */
final class ActorLists {

	private ActorLists() {
	}

	/** @param name words in the name, in any case and any language the graph holds */
	record CountryFilter(String name, String region, List<Basis> basis) {
	}

	enum CountryOrderField {

		NAME, CODE

	}

	record CountryOrder(CountryOrderField field, OrderDirection direction) implements SortOrder {
	}

	/**
	 * @param name words in the name, acronym or other names, in any case and language
	 * @param basedIn a country's ISO code
	 * @param partOf the slug of the organisation they are part of
	 */
	record OrganisationFilter(String name, List<OrganisationKind> kind, String basedIn, String partOf,
			List<Basis> basis) {
	}

	enum OrganisationOrderField {

		NAME, ESTABLISHED_ON

	}

	record OrganisationOrder(OrganisationOrderField field, OrderDirection direction) implements SortOrder {
	}

	/**
	 * @param name words in the name
	 * @param organisation the slug of an organisation they implement or fund the project with
	 */
	record ProjectFilter(String name, String organisation, List<Basis> basis) {
	}

	/**
	 * @param name words in the name or other spellings
	 * @param organisation the slug of an organisation they held a post in
	 */
	record PersonFilter(String name, String organisation, List<Basis> basis) {
	}

	enum NameOrderField {

		NAME

	}

	record NameOrder(NameOrderField field, OrderDirection direction) implements SortOrder {
	}

}
