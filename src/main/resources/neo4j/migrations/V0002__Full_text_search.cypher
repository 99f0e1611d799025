// One full-text index over every text users search: names (in English, in Russian, acronyms and
// other names), titles, commitment texts, statements, citations, the texts of sources, figures.
// One index, so that one query ranks every kind of hit on the same scale.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Country|Organisation|Project|Person|Conference|ConferenceSeries|Observance|Declaration|ActionPlan|LegalInstrument|Commitment|Statement|Statistic|Source|Citation)
ON EACH [n.name, n.name_ru, n.acronym, n.alsoKnownAs, n.title, n.shortTitle, n.number, n.city, n.description, n.aim, n.text, n.quote, n.measure]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
