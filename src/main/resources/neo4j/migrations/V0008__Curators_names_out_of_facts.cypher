// Readers see no curator's sign-in name: an assessment recorded through the API says it was made by
// the curators, as imported ones do. Who signed in stays in the audit trail, which only curators read.
MATCH (c:Change {operation: 'recordAssessment', hadBefore: false})
WHERE c.entity STARTS WITH 'StatusAssessment:'
MATCH (a:StatusAssessment {slug: substring(c.entity, size('StatusAssessment:'))})
WHERE a.assessedBy = c.by
SET a.assessedBy = 'Accord Graph curators';
