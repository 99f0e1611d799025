#!/usr/bin/env bash
# Times proposeFacts on a 2,000-word document (the press release, the English test document and
# 650 more words of the release) against a service running from the jar on port 8080 with a
# CURATOR "carla" whose password is carla-pass (docs/configuration.md: Sign in), 20 times; prints
# the first time, the last 10 sorted, and the heap after a full GC before and after.
set -e
cd "$(git rev-parse --show-toplevel)"
python3 - <<'PY'
import json
press = open('src/main/resources/data/sources/unodc-press-release-astana-2023.txt').read()
en = open('src/test/resources/proposal/en-dushanbe-2025.txt').read()
words = press.split(' ')
doc = press + "\n\n" + en + "\n\n" + ' '.join(words[:650])
print(len(doc.split()), "words", len(doc), "characters")
json.dump({"query": "mutation($input: ProposeFactsInput!) { proposeFacts(input: $input) { batch { id proposals { id kind } } userErrors { message } } }",
           "variables": {"input": {"text": doc}}}, open('/tmp/proposal-payload.json', 'w'))
PY
# the service's process: SERVICE_PID, or else the first java -jar running
pid=${SERVICE_PID:-$(pgrep -f "java.*-jar" | head -1)}
jcmd $pid GC.run >/dev/null; before=$(jcmd $pid GC.heap_info | grep -o "used [0-9]*K" | head -1)
for i in $(seq 1 20); do
  curl -s -o /tmp/proposal-answer.json -w "%{time_total}\n" -u carla:carla-pass -H 'Content-Type: application/json' \
    -d @/tmp/proposal-payload.json http://localhost:8080/graphql
done > /tmp/proposal-times.txt
jcmd $pid GC.run >/dev/null; after=$(jcmd $pid GC.heap_info | grep -o "used [0-9]*K" | head -1)
echo "first: $(head -1 /tmp/proposal-times.txt) s; the last 10, sorted: $(tail -10 /tmp/proposal-times.txt | sort -n | tr '\n' ' ')"
echo "heap after a full GC: before $before, after 20 batches $after"
python3 -c "import json; d=json.load(open('/tmp/proposal-answer.json')); print(len(d['data']['proposeFacts']['batch']['proposals']), 'proposals')"
