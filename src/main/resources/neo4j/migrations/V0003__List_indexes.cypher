// Indexes for what the commitment lists filter and sort by: kind, due date, year, and the text's
// sort key (its lower case, stored as `textKey`, since an index cannot serve toLower(text)).
CREATE RANGE INDEX commitment_kind IF NOT EXISTS FOR (n:Commitment) ON (n.kind);
CREATE RANGE INDEX commitment_due_date IF NOT EXISTS FOR (n:Commitment) ON (n.dueDate);
CREATE RANGE INDEX commitment_year IF NOT EXISTS FOR (n:Commitment) ON (n.year);
CREATE RANGE INDEX commitment_text_key IF NOT EXISTS FOR (n:Commitment) ON (n.textKey);
CREATE TEXT INDEX commitment_text_key_words IF NOT EXISTS FOR (n:Commitment) ON (n.textKey);
