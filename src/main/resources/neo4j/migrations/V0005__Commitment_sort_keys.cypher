// Commitments sort by due date and year through stored keys that are never null (see
// CommitmentSortKeys): a missing value is the highest of its type in the ascending key and the
// lowest in the descending one, so that it comes last either way and an index serves the order.
CREATE RANGE INDEX commitment_sort_due_date_asc IF NOT EXISTS FOR (n:Commitment) ON (n.sortDueDateAsc);
CREATE RANGE INDEX commitment_sort_due_date_desc IF NOT EXISTS FOR (n:Commitment) ON (n.sortDueDateDesc);
CREATE RANGE INDEX commitment_sort_year_asc IF NOT EXISTS FOR (n:Commitment) ON (n.sortYearAsc);
CREATE RANGE INDEX commitment_sort_year_desc IF NOT EXISTS FOR (n:Commitment) ON (n.sortYearDesc);
