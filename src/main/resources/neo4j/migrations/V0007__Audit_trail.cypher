// The audit trail: one Change node per node or relationship a mutation changed, found by the
// mutation's sequence number, by entity, by user and by time.
CREATE CONSTRAINT change_sequence_part_unique IF NOT EXISTS FOR (c:Change) REQUIRE (c.sequence, c.part) IS UNIQUE;
CREATE INDEX change_entity IF NOT EXISTS FOR (c:Change) ON (c.entity);
CREATE INDEX change_from IF NOT EXISTS FOR (c:Change) ON (c.from);
CREATE INDEX change_to IF NOT EXISTS FOR (c:Change) ON (c.to);
CREATE INDEX change_by IF NOT EXISTS FOR (c:Change) ON (c.by);
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
CREATE CONSTRAINT change_sequence_name_unique IF NOT EXISTS FOR (s:ChangeSequence) REQUIRE s.name IS UNIQUE;
