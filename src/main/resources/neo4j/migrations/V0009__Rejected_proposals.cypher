// Proposals a curator rejected, by id, so that proposing the same document again does not offer them.
CREATE CONSTRAINT rejected_proposal_id_unique IF NOT EXISTS FOR (r:RejectedProposal) REQUIRE r.id IS UNIQUE;
