// The sort keys of commitments stored before V0005.
MATCH (n:Commitment) WHERE n.sortDueDateAsc IS NULL
SET n.sortDueDateAsc = coalesce(n.dueDate, date('9999-12-31')),
    n.sortDueDateDesc = coalesce(n.dueDate, date('0001-01-01')),
    n.sortYearAsc = coalesce(n.year, 9007199254740991),
    n.sortYearDesc = coalesce(n.year, -9007199254740991);
