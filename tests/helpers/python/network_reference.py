"""networkx's figures for Itinera's link network, read straight from the project file.

Input (JSON on stdin): {"file": path, "actorCategories": [...]}. The network as Itinera defines
it (shared/analytics/link-graph.ts), rebuilt here independently: every actor, every other place
with a link; one edge per linked pair, weight = sum of the links' strengths (unassessed: 1).
Output (JSON): per place id the measures, and the graph's density and components.
"""
import json
import math
import sqlite3
import sys

import networkx as nx

request = json.load(sys.stdin)
actors = set(request["actorCategories"])
db = sqlite3.connect(request["file"])
places = {pid: category for pid, category in db.execute("SELECT id, category FROM places")}
graph = nx.Graph()
linked = set()
for base, related, strength in db.execute("SELECT base_id, related_id, strength FROM links"):
    if base == related or base not in places or related not in places:
        continue
    weight = 1 if strength is None else strength
    if graph.has_edge(base, related):
        graph[base][related]["weight"] += weight
    else:
        graph.add_edge(base, related, weight=weight)
    linked.update((base, related))
graph.add_nodes_from(pid for pid, category in places.items() if category in actors)

def number(value):
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value

betweenness = nx.betweenness_centrality(graph)
closeness = nx.closeness_centrality(graph)
constraint = nx.constraint(graph, weight="weight")
effective = nx.effective_size(graph, weight="weight")
json.dump(
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
    },
    sys.stdout,
)
