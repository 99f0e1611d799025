#!/usr/bin/env python3
"""Reads the research exports as researchers' tools do (networkx, pandas) and checks them.

Usage: python3 src/test/python/read_exports.py [http://localhost:8080]
Needs networkx and pandas (Debian: apt-get install python3-networkx python3-pandas).
Exits non-zero, naming the problem, if a reader invents a node, an edge leads to a node the file
does not declare, the metadata is missing, or a citation names no passage.
"""
import io
import json
import sys
import urllib.request
import zipfile

import networkx
import pandas

base = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"


def fetch(path):
    with urllib.request.urlopen(base + path) as answer:
        return answer.read()


problems = []

graph = networkx.read_graphml(io.BytesIO(fetch("/export/graphml")))
declared = set(graph.nodes)
for name in ("null", "None", ""):
    if name in declared:
        problems.append(f"GraphML: networkx read a node named {name!r}")
for key in ("service", "version", "exportedAt", "asOf", "licence"):
    if key not in graph.graph:
        problems.append(f"GraphML: the graph does not say its {key}")
unlabelled = [node for node, data in graph.nodes(data=True) if not data.get("labels")]
if unlabelled:
    problems.append(f"GraphML: {len(unlabelled)} nodes without labels, such as {unlabelled[:3]}")

archive = zipfile.ZipFile(io.BytesIO(fetch("/export/csv")))
metadata = json.loads(archive.read("metadata.json"))
for key in ("service", "version", "exportedAt", "asOf", "licence", "citations"):
    if key not in metadata:
        problems.append(f"CSV: metadata.json does not say its {key}")
nodes = pandas.concat([pandas.read_csv(archive.open(name)) for name in archive.namelist() if name.startswith("nodes/")])
ids = set(nodes["id"])
for name in (n for n in archive.namelist() if n.startswith("relationships/")):
    edges = pandas.read_csv(archive.open(name))
    for column in ("source", "target"):
        stray = set(edges[column]) - ids
        if stray:
            problems.append(f"CSV: {name} names {len(stray)} {column}s no nodes file holds, such as {sorted(stray)[:3]}")
passages = set(nodes.loc[nodes["label"] == "Citation", "id"])
cited = 0
for citations in nodes["citations"].dropna():
    for key in json.loads(citations):
        cited += 1
        if "Citation:" + key not in passages:
            problems.append(f"CSV: the citation {key} names no row of nodes/Citation.csv")

graph_cited = 0
for node, data in graph.nodes(data=True):
    for key in json.loads(data.get("citations", "[]")):
        graph_cited += 1
        passage = "Citation:" + key
        if passage not in graph:
            problems.append(f"GraphML: {node} cites {key}, which is no Citation node")
        elif not any(edge.get("type") == "FROM_SOURCE" for _, _, edge in graph.out_edges(passage, data=True)):
            problems.append(f"GraphML: {passage} leads to no source")

print(f"GraphML: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges; "
      f"{graph_cited} citations joined to Citation nodes; CSV: {len(nodes)} nodes, {cited} citations joined to {len(passages)} passages; version {metadata['version']}")
for problem in problems:
    print("PROBLEM:", problem)
sys.exit(1 if problems else 0)
