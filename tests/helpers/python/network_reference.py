"""networkx's figures for Itinera's link network, read straight from the project file.

Input (JSON on stdin): {"file": path, "actorCategories": [...], "cache": folder or null}. The
network as Itinera defines it (shared/analytics/link-graph.ts), rebuilt here independently:
every actor, every other place with a link; one edge per linked pair, weight = sum of the links'
strengths (unassessed: 1). Output (JSON): per place id the measures, the density and components.

Betweenness is networkx's own loop (its per-source BFS and accumulation, then its rescaling),
split over two processes on large graphs; closeness is networkx's formula on the distances of
that same BFS (checked against nx.closeness_centrality on a sample of nodes). On 10,000 nodes
this still takes minutes, so the answer is kept in `cache` under a hash of the graph and of this
script when a folder is given (the tests give none under CI=true).
"""
import hashlib
import json
import math
import multiprocessing
import os
import sqlite3
import sys

import networkx as nx
from networkx.algorithms.centrality.betweenness import (
    _accumulate_basic,
    _rescale,
    _single_source_shortest_path_basic,
)

request = json.load(sys.stdin)
actors = set(request["actorCategories"])
db = sqlite3.connect(request["file"])
places = {pid: category for pid, category in db.execute("SELECT id, category FROM places")}
graph = nx.Graph()
for base, related, strength in db.execute("SELECT base_id, related_id, strength FROM links ORDER BY id"):
    if base == related or base not in places or related not in places:
        continue
    weight = 1 if strength is None else strength
    if graph.has_edge(base, related):
        graph[base][related]["weight"] += weight
    else:
        graph.add_edge(base, related, weight=weight)
graph.add_nodes_from(pid for pid, category in places.items() if category in actors)

key = hashlib.sha256()
with open(__file__, "rb") as script:
    key.update(script.read())
key.update(json.dumps(sorted(graph.nodes)).encode())
key.update(json.dumps(sorted((min(a, b), max(a, b), w) for a, b, w in graph.edges(data="weight"))).encode())
cached = request.get("cache") and os.path.join(request["cache"], key.hexdigest() + ".json")
if cached and os.path.exists(cached):
    with open(cached, encoding="utf8") as found:
        sys.stdout.write(found.read())
    sys.exit(0)


def closeness_from(distances):
    # networkx 2.8's closeness_centrality, wf_improved=True, on one node's BFS distances.
    total = sum(distances.values())
    if total > 0.0 and len(graph) > 1:
        return (len(distances) - 1.0) / total * ((len(distances) - 1.0) / (len(graph) - 1))
    return 0.0


def from_sources(sources):
    betweenness = dict.fromkeys(graph, 0.0)
    closeness = {}
    for source in sources:
        order, predecessors, sigma, distances = _single_source_shortest_path_basic(graph, source)
        betweenness, _ = _accumulate_basic(betweenness, order, predecessors, sigma, source)
        closeness[source] = closeness_from(distances)
    return betweenness, closeness


nodes = list(graph.nodes)
chunks = [nodes[0::2], nodes[1::2]] if len(nodes) > 2000 else [nodes]
if len(chunks) > 1:
    with multiprocessing.get_context("fork").Pool(2) as pool:
        parts = pool.map(from_sources, chunks)
else:
    parts = [from_sources(nodes)]
betweenness = dict.fromkeys(graph, 0.0)
closeness = {}
for part_betweenness, part_closeness in parts:
    for node, value in part_betweenness.items():
        betweenness[node] += value
    closeness.update(part_closeness)
betweenness = _rescale(betweenness, len(graph), normalized=True, directed=False)
for node in nodes[:: max(1, len(nodes) // 50)]:
    assert closeness[node] == nx.closeness_centrality(graph, u=node), node
if len(nodes) <= 2000:
    assert betweenness == nx.betweenness_centrality(graph) or all(
        abs(betweenness[node] - value) < 1e-12 for node, value in nx.betweenness_centrality(graph).items()
    )
constraint = nx.constraint(graph, weight="weight")
effective = nx.effective_size(graph, weight="weight")


def number(value):
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


answer = json.dumps(
    {
        "density": nx.density(graph),
        "components": sorted([sorted(component) for component in nx.connected_components(graph)]),
        "nodes": {
            str(node): {
                "degree": graph.degree(node),
                "strength": graph.degree(node, weight="weight"),
                "betweenness": betweenness[node],
                "closeness": closeness[node],
                "constraint": number(constraint[node]),
                "effectiveSize": number(effective[node]),
            }
            for node in graph.nodes
        },
    }
)
if cached:
    os.makedirs(request["cache"], exist_ok=True)
    with open(cached, "w", encoding="utf8") as kept:
        kept.write(answer)
sys.stdout.write(answer)
