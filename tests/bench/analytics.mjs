// Analytics workloads of `npm run bench` (issue #15): the report card and the link network's
// measures on a generated project of 10,000 places and 50,000 links, against networkx computing
// the same measures on the same graph (betweenness, closeness, constraint, effective size,
// components, density) in the same run; DBSCAN of 100,000 points against scikit-learn's
// (haversine, ball tree), with the labels compared. Both references: Debian's /usr/bin/python3.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundleSources, bundleWorker } from './in-process.mjs';

// ITINERA_BENCH_ANALYTICS_PLACES runs the rows on a smaller project (a quick try of this file).
const PLACES = Number(process.env.ITINERA_BENCH_ANALYTICS_PLACES ?? 10_000);
const LINKS = PLACES * 5;
const POINTS = PLACES * 10;
const EPS_METRES = 40;
const MIN_POINTS = 8;

async function loadAnalytics(root) {
  // The link network's betweenness and closeness run in worker threads, as in the app.
  await bundleWorker(root, 'electron/services/analytics/centrality-worker.ts', 'centrality-worker.cjs');
  return bundleSources(root, 'analytics', [
    [['writeGeneratedProject', 'generatePoints'], 'tests/helpers/analytics-project.ts'],
    [['CATEGORIES'], 'shared/model/typology.ts'],
    [['dbscan', 'EARTH_RADIUS_METRES'], 'shared/analytics/dbscan.ts'],
    [['openProjectStore'], 'electron/store/project-store.ts'],
    [['createProjectService'], 'electron/services/core/project-service.ts'],
  ]);
}

function python(script, input) {
  const output = execFileSync('/usr/bin/python3', ['-c', script], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return JSON.parse(output);
}

const NETWORKX = `
import json, sqlite3, sys, time
import networkx as nx
request = json.load(sys.stdin)
db = sqlite3.connect(request["file"])
places = dict(db.execute("SELECT id, category FROM places"))
started = time.perf_counter()
cpu = time.process_time()
graph = nx.Graph()
for base, related, strength in db.execute("SELECT base_id, related_id, strength FROM links"):
    weight = 1 if strength is None else strength
    if graph.has_edge(base, related):
        graph[base][related]["weight"] += weight
    else:
        graph.add_edge(base, related, weight=weight)
graph.add_nodes_from(pid for pid, category in places.items() if category in set(request["actors"]))
times = {}
results = {}
for name, run in [
    ("betweenness", lambda: nx.betweenness_centrality(graph)),
    ("closeness", lambda: nx.closeness_centrality(graph)),
    ("constraint", lambda: nx.constraint(graph, weight="weight")),
    ("effective size", lambda: nx.effective_size(graph, weight="weight")),
    ("components", lambda: list(nx.connected_components(graph))),
    ("density", lambda: nx.density(graph)),
]:
    at = time.perf_counter()
    results[name] = run()
    times[name] = time.perf_counter() - at
seconds = time.perf_counter() - started
cpu_seconds = time.process_time() - cpu
# networkx gives NaN for an actor without links (constraint, effective size): null in JSON.
values = {
    name: {str(node): (None if value != value else value) for node, value in results[name].items()}
    for name in ["betweenness", "closeness", "constraint", "effective size"]
}
json.dump({"seconds": seconds, "cpuSeconds": cpu_seconds, "times": times, "nodes": len(graph), "values": values}, sys.stdout)
`;

const SKLEARN = `
import json, sys, time
import numpy as np
from sklearn.cluster import DBSCAN
request = json.load(sys.stdin)
points = np.radians(np.column_stack([request["latitudes"], request["longitudes"]]))
started = time.perf_counter()
labels = DBSCAN(eps=request["eps"] / request["radius"], min_samples=request["min"], metric="haversine", algorithm="ball_tree").fit_predict(points)
json.dump({"seconds": time.perf_counter() - started, "labels": labels.tolist()}, sys.stdout)
`;

/** True when the two labellings differ only by the clusters' numbers. */
function sameUpToRenumbering(ours, theirs) {
  const forward = new Map();
  const backward = new Map();
  for (let index = 0; index < theirs.length; index++) {
    const a = ours[index];
    const b = theirs[index];
    if (a < 0 !== b < 0) return false;
    if (a < 0) continue;
    if ((forward.get(a) ?? b) !== b || (backward.get(b) ?? a) !== a) return false;
    forward.set(a, b);
    backward.set(b, a);
  }
  return true;
}

export async function analyticsWorkloads({ root, work, record, load, checks }) {
  const analytics = await loadAnalytics(root);
  const actorCategories = analytics.CATEGORIES.filter((category) => category.group !== 'site').map((c) => c.id);
  const file = analytics.writeGeneratedProject(path.join(work, 'analytics.gpkg'), PLACES, LINKS);
  const store = analytics.openProjectStore(file);
  const service = analytics.createProjectService(store);
  const runs = [];
  let network;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const report = await service.linkNetwork({ louvainSeed: 1 });
    network = report;
    const card = service.reportCard({ scope: { kind: 'around', placeId: 1, withinMetres: 3000 } });
    const used = process.cpuUsage(cpu);
    runs.push({
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: (used.user + used.system) / 1e6,
      nodes: report.summary.nodes,
      places: card.places,
    });
  }
  store.close();
  const ours = runs.map((run) => run.seconds).sort((a, b) => a - b)[1];
  const oursCpu = runs.map((run) => run.cpuSeconds).sort((a, b) => a - b)[1];
  const reference = python(NETWORKX, { file, actors: actorCategories });
  // The values, not only the time: every actor's measures equal networkx's within 1e-9 (CI's
  // unit test compares a graph of 2,000 places; this one is the 10,000 and 50,000).
  const differences = [];
  for (const actor of network.actors) {
    for (const [measure, ours] of [
      ['betweenness', actor.betweenness],
      ['closeness', actor.closeness],
      ['constraint', actor.constraint],
      ['effective size', actor.effectiveSize],
    ]) {
      const theirs = reference.values[measure][String(actor.placeId)];
      const same = ours === null || theirs === null ? ours === theirs : Math.abs(ours - theirs) <= 1e-9;
      if (!same) differences.push(`${actor.placeId} ${measure}: ${ours} vs ${theirs}`);
    }
  }
  const compared = network.actors.length === Object.keys(reference.values.betweenness).length;
  checks.push({
    check: `Link network measures, ${PLACES.toLocaleString('en')} places and ${LINKS.toLocaleString('en')} links, vs networkx`,
    result:
      compared && differences.length === 0
        ? `betweenness, closeness, constraint and effective size of all ${network.actors.length.toLocaleString('en')} nodes equal within 1e-9`
        : `${compared ? '' : 'different nodes; '}${differences.length} differences (${differences.slice(0, 3).join('; ')})`,
    ok: compared && differences.length === 0,
  });
  record({
    name: `Report card + link network (${PLACES.toLocaleString('en')} places, ${LINKS.toLocaleString('en')} links)`,
    size: PLACES,
    unit: 's',
    itinera: { value: ours },
    references: [{ name: 'networkx 2.8 (same measures, same graph)', value: reference.seconds }],
    target: { text: '< 2 s' },
    check: (_ratio, itinera) => itinera.value < 2,
    notes: `Itinera: linkNetwork (degree, strength, betweenness, closeness, components, Louvain, constraint, effective size, brokerage) then a report card around a place within 3 km (${runs[0].places} places), median of 3 (CPU ${oursCpu.toFixed(1)} s); ${runs[0].nodes} nodes. networkx (CPU ${reference.cpuSeconds.toFixed(0)} s): betweenness ${reference.times.betweenness.toFixed(1)} s, closeness ${reference.times.closeness.toFixed(1)} s, constraint ${reference.times.constraint.toFixed(1)} s, effective size ${reference.times['effective size'].toFixed(1)} s, components and density ${(reference.times.components + reference.times.density).toFixed(2)} s (values compared to 1e-9: see the checks below the table). ${load()}`,
  });

  const points = analytics.generatePoints(POINTS, 3, 60);
  const longitudes = points.map((point) => point.longitude);
  const latitudes = points.map((point) => point.latitude);
  const dbscanRuns = [];
  let labels;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    labels = analytics.dbscan(longitudes, latitudes, EPS_METRES, MIN_POINTS).labels;
    dbscanRuns.push((performance.now() - started) / 1000);
  }
  const sklearn = python(SKLEARN, {
    longitudes,
    latitudes,
    eps: EPS_METRES,
    min: MIN_POINTS,
    radius: analytics.EARTH_RADIUS_METRES,
  });
  const same = sameUpToRenumbering(labels, sklearn.labels);
  checks.push({
    check: `DBSCAN ${POINTS.toLocaleString('en')} points (eps ${EPS_METRES} m, min ${MIN_POINTS}) vs scikit-learn`,
    result: same
      ? `labels identical up to renumbering (${Math.max(...sklearn.labels) + 1} clusters, ${sklearn.labels.filter((label) => label < 0).length} noise)`
      : 'labels differ',
    ok: same,
  });
  const dbscanSeconds = dbscanRuns.sort((a, b) => a - b)[1];
  record({
    name: `DBSCAN, ${POINTS.toLocaleString('en')} points (haversine, eps ${EPS_METRES} m, min ${MIN_POINTS})`,
    size: POINTS,
    unit: 's',
    itinera: { value: dbscanSeconds },
    references: [{ name: "scikit-learn 1.2 DBSCAN (metric='haversine', ball_tree)", value: sklearn.seconds }],
    target: { text: '< 5 s' },
    check: (_ratio, itinera) => itinera.value < 5,
    notes: `median of 3; scikit-learn's fit_predict timed inside Python (no process start, no JSON); ${load()}`,
  });
}
