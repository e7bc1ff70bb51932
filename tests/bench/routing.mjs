// Routing workloads of `npm run bench` (issue #13): route queries on the largest network in
// ../shared/data/osm and on a generated city of at least 250,000 junctions, against pgRouting's
// pgr_dijkstra and pgr_astar in the same run (the PostGIS cluster the bench starts), with the
// path lengths compared on the distance-only profile; and the order of stops against brute force
// (8-12 stops), and at 50 stops against 20 restarts of 2-opt + Or-opt and pgRouting's pgr_TSP.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';

const PAIRS = 1000;
/** pgRouting loads the whole graph for every call: its share of the pairs, so the row ends in minutes. */
const PGROUTING_PAIRS = { osm: 200, city: 40 };

async function loadRouting(root) {
  const dir = path.join(root, 'node_modules', '.cache', 'itinera-bench');
  fs.mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, 'routing-entry.ts');
  const source = (file) => path.join(root, file);
  fs.writeFileSync(
    entry,
    [
      `export { openProjectStore } from '${source('electron/store/project-store.ts')}';`,
      `export { createRoutingGraph } from '${source('shared/routing/routing-graph.ts')}';`,
      `export { createPathFinder } from '${source('shared/routing/shortest-path.ts')}';`,
      `export { buildContractionHierarchy } from '${source('shared/routing/contraction.ts')}';`,
      `export { bestStopOrder, heuristicOrder, orderCost } from '${source('shared/routing/stop-order.ts')}';`,
      '',
    ].join('\n'),
  );
  const outfile = path.join(dir, 'routing.mjs');
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(`${outfile}?${Date.now()}`);
}

function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A generated city: a perturbed street grid (about 100 m blocks), every 8th street a secondary
 * road and every 32nd a primary one (with sidewalks), footpaths across some blocks, one street
 * segment in ten missing, one in ten a oneway for cyclists.
 */
function generatedCity(side) {
  const random = createRandom(2026);
  const nodes = [];
  const edges = [];
  const west = 16.2;
  const south = 48.1;
  const dLongitude = 100 / 74_300;
  const dLatitude = 100 / 111_200;
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++)
      nodes.push({
        id: y * side + x + 1,
        longitude: west + (x + (random() - 0.5) * 0.3) * dLongitude,
        latitude: south + (y + (random() - 0.5) * 0.3) * dLatitude,
      });
  const classOf = (line) => (line % 32 === 0 ? 'primary' : line % 8 === 0 ? 'secondary' : 'residential');
  const add = (from, to, highway, name) => {
    const a = nodes[from - 1];
    const b = nodes[to - 1];
    const length = Math.hypot((a.longitude - b.longitude) * 74_300, (a.latitude - b.latitude) * 111_200);
    edges.push({
      fromNode: from,
      toNode: to,
      lengthMetres: length,
      highway,
      name,
      foot: true,
      bicycle: highway !== 'footway',
      bicycleOneway: random() < 0.1,
      tags: highway === 'residential' || highway === 'footway' ? {} : { sidewalk: 'both' },
      coordinates: [
        [a.longitude, a.latitude],
        [b.longitude, b.latitude],
      ],
    });
  };
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const id = y * side + x + 1;
      if (x + 1 < side && random() >= 0.1) add(id, id + 1, classOf(y), `Street ${y}`);
      if (y + 1 < side && random() >= 0.1) add(id, id + side, classOf(x), `Avenue ${x}`);
      if (x + 1 < side && y + 1 < side && random() < 0.05) add(id, id + side + 1, 'footway', '');
    }
  return { nodes, edges };
}

/** The largest network among the extracts (by junctions), each imported by the real CLI into a project of its own. */
function osmNetwork(root, work, routing) {
  const extracts = path.resolve(root, '..', 'shared', 'data', 'osm');
  if (!fs.existsSync(extracts)) return null;
  let largest = null;
  for (const name of fs.readdirSync(extracts).filter((file) => /\.osm(\.gz|\.pbf)?$/.test(file))) {
    const project = path.join(work, `routing-${name}.gpkg`);
    const itinera = (...args) =>
      execFileSync(process.execPath, [path.join(root, 'bin', 'itinera.js'), ...args], { stdio: 'ignore' });
    itinera('new', project);
    itinera('import-osm', project, path.join(extracts, name));
    const store = routing.openProjectStore(project);
    try {
      const network = store.network.routingNetwork();
      if (!largest || network.nodes.length > largest.nodes.length) largest = { name, ...network };
    } finally {
      store.close();
    }
  }
  return largest;
}

/** The edges as pgRouting reads them: cost and reverse cost in metres (the distance-only profile). */
function loadIntoPgrouting(postgis, graph) {
  let sql =
    'CREATE EXTENSION IF NOT EXISTS pgrouting;\nDROP TABLE IF EXISTS routing_edges;\n' +
    'CREATE TABLE routing_edges (id integer PRIMARY KEY, source integer, target integer, cost double precision, reverse_cost double precision, x1 double precision, y1 double precision, x2 double precision, y2 double precision);\n' +
    'COPY routing_edges FROM STDIN;\n';
  for (let edge = 0; edge < graph.edgeCount; edge++) {
    if (!graph.edges[edge].foot) continue;
    const from = graph.edgeFrom[edge];
    const to = graph.edgeTo[edge];
    const length = graph.edgeLength[edge];
    sql += `${edge + 1}\t${from + 1}\t${to + 1}\t${length}\t${length}\t${graph.nodeLongitude[from]}\t${graph.nodeLatitude[from]}\t${graph.nodeLongitude[to]}\t${graph.nodeLatitude[to]}\n`;
  }
  sql += '\\.\nANALYZE routing_edges;\n';
  postgis.psql(sql);
}

/** Per-call times (ms) and path lengths of a pgRouting function over the pairs, timed inside the server. */
function pgroutingCalls(postgis, pairs, call) {
  // pgRouting's vertices are the graph's node indexes + 1.
  const rows = pairs.map(([from, to], index) => `${index}\t${from + 1}\t${to + 1}`).join('\n');
  const output = postgis.psql(`DROP TABLE IF EXISTS routing_pairs;
CREATE TABLE routing_pairs (i integer, s integer, t integer);
COPY routing_pairs FROM STDIN;
${rows}
\\.
CREATE OR REPLACE FUNCTION routing_bench() RETURNS TABLE (i integer, ms double precision, length double precision) AS $$
DECLARE pair record; started timestamptz;
BEGIN
  FOR pair IN SELECT * FROM routing_pairs ORDER BY 1 LOOP
    started := clock_timestamp();
    SELECT max(agg_cost + cost) INTO length FROM ${call};
    i := pair.i; ms := extract(epoch FROM clock_timestamp() - started) * 1000;
    RETURN NEXT;
  END LOOP;
END $$ LANGUAGE plpgsql;
SELECT * FROM routing_bench();`);
  return output
    .trim()
    .split('\n')
    .map((line) => {
      const [index, ms, length] = line.split('\t');
      return { index: Number(index), ms: Number(ms), length: length === '' ? null : Number(length) };
    });
}

const DIJKSTRA = `pgr_dijkstra('SELECT id, source, target, cost, reverse_cost FROM routing_edges', pair.s, pair.t, true)`;
const ASTAR = `pgr_astar('SELECT id, source, target, cost, reverse_cost, x1, y1, x2, y2 FROM routing_edges', pair.s, pair.t, directed => true)`;

export async function routingWorkloads({ root, work, record, percentile, load, postgis, checks }) {
  const routing = await loadRouting(root);
  const networks = [];
  const osm = osmNetwork(root, work, routing);
  if (osm) networks.push({ kind: 'osm', label: `${osm.name} network`, nodes: osm.nodes, edges: osm.edges });
  const city = generatedCity(Number(process.env.ITINERA_BENCH_CITY_SIDE ?? 510));
  networks.push({ kind: 'city', label: 'generated city', nodes: city.nodes, edges: city.edges });

  for (const network of networks) {
    const graph = routing.createRoutingGraph(network.nodes, network.edges);
    const finder = routing.createPathFinder(graph);
    const random = createRandom(network.kind === 'osm' ? 5 : 6);
    const pairs = Array.from({ length: PAIRS }, () => [
      Math.floor(random() * graph.nodeCount),
      Math.floor(random() * graph.nodeCount),
    ]);
    const seed = (node) => [{ node, cost: 0 }];
    const built = {};
    for (const profile of ['distance', 'foot']) {
      const started = performance.now();
      built[profile] = routing.buildContractionHierarchy(graph, profile);
      built[profile].seconds = (performance.now() - started) / 1000;
    }
    const time = (run) => {
      const times = [];
      const results = [];
      for (const [from, to] of pairs) {
        const started = performance.now();
        results.push(run(from, to));
        times.push(performance.now() - started);
      }
      return { times, results };
    };
    const ours = time((from, to) => built.foot.shortestPath(seed(from), seed(to)));
    const distance = time((from, to) => built.distance.shortestPath(seed(from), seed(to)));
    const plain = time((from, to) => finder.shortestPath('foot', seed(from), seed(to)));

    const references = [];
    let agreement = null;
    if (postgis) {
      loadIntoPgrouting(postgis, graph);
      const sample = pairs.slice(0, PGROUTING_PAIRS[network.kind]);
      for (const [name, call] of [
        ['pgRouting pgr_dijkstra', DIJKSTRA],
        ['pgRouting pgr_astar', ASTAR],
      ]) {
        const calls = pgroutingCalls(postgis, sample, call);
        const times = calls.map((row) => row.ms);
        references.push({
          name,
          value: percentile(times, 95),
          median: percentile(times, 50),
          p95: percentile(times, 95),
          check: (ratio, itinera) => ratio !== null && ratio >= 20 && itinera.p95 < 5,
          target: '≥ 20× pgRouting and p95 < 5 ms',
        });
        if (name === 'pgRouting pgr_dijkstra') {
          let compared = 0;
          let worst = 0;
          calls.forEach((row) => {
            const mine = distance.results[row.index];
            const theirs = row.length;
            if (theirs === null || !mine) {
              if ((theirs === null) !== !mine && !(theirs === null && pairs[row.index][0] === pairs[row.index][1]))
                worst = Infinity;
              return;
            }
            compared++;
            worst = Math.max(worst, Math.abs(mine.cost - theirs) / Math.max(theirs, 1e-9));
          });
          agreement = { compared, worst };
        }
      }
    }
    const itinera = {
      value: percentile(ours.times, 95),
      median: percentile(ours.times, 50),
      p95: percentile(ours.times, 95),
    };
    record({
      name: `route query (${network.label}, foot)`,
      size: graph.nodeCount,
      unit: 'ms',
      itinera,
      references:
        references.length > 0
          ? references
          : [{ name: 'pgRouting', value: null, note: 'not measured (PostGIS/pgRouting missing)' }],
      notes: `size = junctions; ${graph.edgeCount} edges; ${PAIRS} random pairs with contraction hierarchies (built in ${built.foot.seconds.toFixed(1)} s for foot, ${built.distance.seconds.toFixed(1)} s for distance; ${built.foot.shortcutCount} shortcuts); plain bidirectional Dijkstra on the same pairs: median ${percentile(plain.times, 50).toFixed(2)} / p95 ${percentile(plain.times, 95).toFixed(2)} ms; distance-only hierarchy: median ${percentile(distance.times, 50).toFixed(3)} / p95 ${percentile(distance.times, 95).toFixed(3)} ms; pgRouting timed per call inside the server (it reads the edges table at every call) on the first ${PGROUTING_PAIRS[network.kind]} pairs; ${load()}`,
    });
    if (agreement) {
      checks.push({
        check: `route lengths (${network.label}), distance-only profile vs pgr_dijkstra`,
        result: `${agreement.compared} paths compared, largest relative difference ${agreement.worst === Infinity ? 'a path one side did not find' : agreement.worst.toExponential(2)} (goal ≤ 1e-3)`,
        ok: agreement.worst <= 1e-3,
      });
    }
    if (network.kind === 'osm')
      stopOrderWorkloads({ routing, graph, finder, record, percentile, load, postgis, checks });
  }
}

/** Branch and bound over every order: the reference for 8-12 stops. */
function bruteForce(matrix, mode, fixStart) {
  const count = matrix.length;
  let best = Infinity;
  const used = new Uint8Array(count);
  const visit = (last, depth, cost, first) => {
    if (cost >= best) return;
    if (depth === count) {
      best = Math.min(best, cost + (mode === 'round' ? matrix[last][first] : 0));
      return;
    }
    for (let next = 0; next < count; next++) {
      if (used[next]) continue;
      used[next] = 1;
      visit(next, depth + 1, cost + matrix[last][next], first);
      used[next] = 0;
    }
  };
  for (const start of fixStart ? [0] : [...Array(count).keys()]) {
    used[start] = 1;
    visit(start, 1, 0, start);
    used[start] = 0;
  }
  return best;
}

function stopOrderWorkloads({ routing, graph, finder, record, percentile, load, postgis, checks }) {
  const random = createRandom(12);
  const matrixOf = (nodes) =>
    nodes.map((from) =>
      Array.from(
        finder.costsToMany(
          'distance',
          [{ node: from, cost: 0 }],
          nodes.map((to) => [{ node: to, cost: 0 }]),
        ),
      ),
    );
  const component = (() => {
    // Stops from the largest connected part, so every order is possible.
    const seen = new Int32Array(graph.nodeCount).fill(-1);
    let best = [];
    for (let start = 0; start < graph.nodeCount; start++) {
      if (seen[start] >= 0) continue;
      const members = [start];
      seen[start] = start;
      for (let index = 0; index < members.length; index++) {
        const node = members[index];
        for (const [offsets, list, end] of [
          [graph.outOffsets, graph.outArcs, 'to'],
          [graph.inOffsets, graph.inArcs, 'from'],
        ]) {
          for (let k = offsets[node]; k < offsets[node + 1]; k++) {
            const arc = list[k];
            if (!graph.edges[arc >> 1].foot) continue;
            const other =
              end === 'to'
                ? arc & 1
                  ? graph.edgeFrom[arc >> 1]
                  : graph.edgeTo[arc >> 1]
                : arc & 1
                  ? graph.edgeTo[arc >> 1]
                  : graph.edgeFrom[arc >> 1];
            if (seen[other] < 0) {
              seen[other] = start;
              members.push(other);
            }
          }
        }
      }
      if (members.length > best.length) best = members;
    }
    return best;
  })();
  const pick = (count) => Array.from({ length: count }, () => component[Math.floor(random() * component.length)]);

  let equal = 0;
  const exactTimes = [];
  for (let instance = 0; instance < 200; instance++) {
    const count = 8 + (instance % 5);
    const matrix = matrixOf(pick(count));
    const mode = instance % 2 === 0 ? 'open' : 'round';
    const started = performance.now();
    const found = routing.bestStopOrder(matrix, { mode, fixStart: true, fixEnd: false });
    exactTimes.push(performance.now() - started);
    if (Math.abs(found.cost - bruteForce(matrix, mode, true)) <= 1e-6 * Math.max(1, found.cost)) equal++;
  }
  checks.push({
    check: 'stop order, 200 random instances of 8-12 stops (open and round), against brute force',
    result: `${equal} of 200 equal; median ${percentile(exactTimes, 50).toFixed(1)} ms, slowest ${Math.max(...exactTimes).toFixed(1)} ms`,
    ok: equal === 200,
  });

  const stops = pick(50);
  const matrix = matrixOf(stops);
  const options = { mode: 'round', fixStart: true, fixEnd: false };
  const started = performance.now();
  const ours = routing.bestStopOrder(matrix, options);
  const seconds = (performance.now() - started) / 1000;
  const restarts = routing.heuristicOrder(matrix, options, 20);
  const references = [
    { name: 'best of 20 restarts of 2-opt + Or-opt', value: null, note: `cost ${restarts.cost.toFixed(0)}` },
  ];
  if (postgis) {
    // pgr_TSP wants a symmetric matrix; the distance-only profile is symmetric up to rounding.
    let rows = '';
    stops.forEach((_, i) =>
      stops.forEach((__, j) => i !== j && (rows += `${i + 1}\t${j + 1}\t${(matrix[i][j] + matrix[j][i]) / 2}\n`)),
    );
    const output = postgis.psql(`DROP TABLE IF EXISTS tsp_matrix;
CREATE TABLE tsp_matrix (start_vid bigint, end_vid bigint, agg_cost double precision);
COPY tsp_matrix FROM STDIN;
${rows}\\.
\\timing on
SELECT max(agg_cost) FROM pgr_TSP('SELECT start_vid, end_vid, agg_cost FROM tsp_matrix', 1, 1);`);
    const cost = Number(output.split('\n').find((line) => /^\d/.test(line)));
    const ms = Number(/Time: ([\d.]+) ms/.exec(output)?.[1] ?? NaN);
    references.push({
      name: 'pgRouting pgr_TSP',
      value: Number.isFinite(ms) ? ms / 1000 : null,
      note: `cost ${cost.toFixed(0)}`,
    });
    checks.push({
      check: 'stop order, 50 stops round trip: gap to pgr_TSP',
      result: `Itinera ${ours.cost.toFixed(0)}, pgr_TSP ${cost.toFixed(0)} (${(((ours.cost - cost) / cost) * 100).toFixed(2)} %)`,
      ok: ours.cost <= cost * 1.01,
    });
  }
  checks.push({
    check: 'stop order, 50 stops round trip: gap to the best of 20 restarts of 2-opt + Or-opt',
    result: `Itinera ${ours.cost.toFixed(0)}, restarts ${restarts.cost.toFixed(0)} (${(((ours.cost - restarts.cost) / restarts.cost) * 100).toFixed(2)} %)`,
    ok: ours.cost <= restarts.cost * 1.01,
  });
  record({
    name: 'stop order (50 stops, round trip)',
    size: 50,
    unit: 's',
    itinera: { value: seconds },
    references,
    check: (ratio, itinera) => itinera.value < 0.2,
    target: { text: '< 200 ms, within 1 % of the best known' },
    notes: `metres on the distance-only profile between 50 stops of the network's largest part; ${load()}`,
  });
}
