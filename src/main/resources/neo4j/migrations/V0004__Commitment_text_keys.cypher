// The sort key of commitments loaded before V0003: their text in lower case.
MATCH (n:Commitment) WHERE n.text IS NOT NULL AND n.textKey IS NULL SET n.textKey = toLower(n.text);
