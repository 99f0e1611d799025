package org.accordgraph.actor;

/** What kind of body an organisation is. */
public enum OrganisationKind {

	UN_AGENCY, INTERNATIONAL_ORGANISATION, GOVERNMENT_BODY, PARLIAMENT, COURT, LAW_ENFORCEMENT, ACADEMY,
	DIPLOMATIC_MISSION, DONOR_AGENCY, IMPLEMENTING_PARTNER, NGO

}
