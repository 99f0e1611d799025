// Batches of proposals held for curators as drafts, found by their id from any instance of the service.
CREATE CONSTRAINT proposal_batch_id_unique IF NOT EXISTS FOR (b:ProposalBatch) REQUIRE b.id IS UNIQUE;
CREATE INDEX proposal_batch_proposed_at IF NOT EXISTS FOR (b:ProposalBatch) ON (b.proposedAt);
