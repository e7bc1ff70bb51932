// Routing workloads of `npm run bench` (issue #13): route queries on the largest network in
// ../shared/data/osm and on a generated city of at least 250,000 junctions, against pgRouting's
// pgr_dijkstra and pgr_astar in the same run (the PostGIS cluster the bench starts), with the
// path lengths compared on the distance-only profile; and the order of stops against brute force
// (8-12 stops), and at 50 stops against 20 restarts of 2-opt + Or-opt and pgRouting's pgr_TSP.
import { performance } from 'node:perf_hooks';
import { createRandom, generatedCity, loadRouting, osmNetwork } from './routing-networks.mjs';
import { ASTAR, DIJKSTRA, loadIntoPgrouting, pgroutingCalls } from './routing-pgrouting.mjs';
import { stopOrderWorkloads } from './routing-stop-order.mjs';

const PAIRS = 1000;
/** pgRouting loads the whole graph for every call: its share of the pairs, so the row ends in minutes. */
const PGROUTING_PAIRS = { osm: 200, city: 40 };

/** Wall and CPU milliseconds of each call of `run` over the pairs, and its results. */
function timed(pairs, run) {
  const times = [];
  const cpuTimes = [];
  const results = [];
  for (const [from, to] of pairs) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    results.push(run(from, to));
    const used = process.cpuUsage(cpu);
    times.push(performance.now() - started);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  return { times, cpuTimes, results };
}

/** A profile's hierarchy, with its build's wall and CPU seconds and the peak of resident memory it added. */
function build(routing, graph, profile) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const hierarchy = routing.buildContractionHierarchy(graph, profile, {
    onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss)),
  });
  const used = process.cpuUsage(cpu);
  return Object.assign(hierarchy, {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakMB: Math.round((Math.max(peak, process.memoryUsage().rss) - before) / 2 ** 20),
  });
}

export async function routingWorkloads({ root, work, record, percentile, load, postgis, checks }) {
  const routing = await loadRouting(root);
  const networks = [];
  const osm = osmNetwork(root, work, routing);
  if (osm) networks.push({ kind: 'osm', label: `${osm.name} network`, nodes: osm.nodes, edges: osm.edges });
  const city = generatedCity(Number(process.env.ITINERA_BENCH_CITY_SIDE ?? 510));
  networks.push({ kind: 'city', label: 'generated city', nodes: city.nodes, edges: city.edges });
  const ms = (values, p) => percentile(values, p).toFixed(3);

  for (const network of networks) {
    const graph = routing.createRoutingGraph(network.nodes, network.edges);
    const finder = routing.createPathFinder(graph);
    const random = createRandom(network.kind === 'osm' ? 5 : 6);
    const pairs = Array.from({ length: PAIRS }, () => [
      Math.floor(random() * graph.nodeCount),
      Math.floor(random() * graph.nodeCount),
    ]);
    const seed = (node) => [{ node, cost: 0 }];
    const built = { distance: build(routing, graph, 'distance'), foot: build(routing, graph, 'foot') };
    const queries = {
      foot: timed(pairs, (from, to) => built.foot.shortestPath(seed(from), seed(to))),
      distance: timed(pairs, (from, to) => built.distance.shortestPath(seed(from), seed(to))),
    };
    const plain = timed(pairs, (from, to) => finder.shortestPath('foot', seed(from), seed(to)));

    const pgrouting = [];
    let loadSeconds = null;
    if (postgis) {
      loadSeconds = loadIntoPgrouting(postgis, graph);
      const sample = pairs.slice(0, PGROUTING_PAIRS[network.kind]);
      for (const [name, call] of [
        ['pgRouting pgr_dijkstra', DIJKSTRA],
        ['pgRouting pgr_astar', ASTAR],
      ]) {
        const calls = pgroutingCalls(postgis, sample, call);
        pgrouting.push({ name, calls, times: calls.map((row) => row.ms) });
      }
      checks.push(agreement(network, pairs, pgrouting[0].calls, queries.distance.results));
    }
    for (const profile of ['foot', 'distance']) {
      const { times, cpuTimes } = queries[profile];
      record({
        name: `route query (${network.label}, ${profile === 'foot' ? 'foot' : 'distance only, as pgRouting routes'})`,
        size: graph.nodeCount,
        unit: 'ms',
        itinera: { value: percentile(times, 95), median: percentile(times, 50), p95: percentile(times, 95) },
        references:
          pgrouting.length > 0
            ? pgrouting.map(({ name, times: theirs }) => ({
                name,
                value: percentile(theirs, 95),
                median: percentile(theirs, 50),
                p95: percentile(theirs, 95),
                check: (ratio, itinera) => ratio !== null && ratio >= 20 && itinera.p95 < 5,
                target: '≥ 20× pgRouting and p95 < 5 ms',
              }))
            : [{ name: 'pgRouting', value: null, note: 'not measured (PostGIS/pgRouting missing)' }],
        notes: `size = junctions; ${graph.edgeCount} edges; ${PAIRS} random pairs on the contraction hierarchy (${built[profile].shortcutCount} shortcuts); CPU time per query median ${ms(cpuTimes, 50)} / p95 ${ms(cpuTimes, 95)} ms; plain bidirectional Dijkstra (foot) on the same pairs: median ${ms(plain.times, 50)} / p95 ${ms(plain.times, 95)} ms; pgRouting timed per call inside the server (it reads the edges table at every call) on the first ${PGROUTING_PAIRS[network.kind]} pairs; ${load()}`,
      });
    }
    const plainSeconds = plain.times.reduce((sum, value) => sum + value, 0) / 1000;
    record({
      name: `contraction hierarchy build (${network.label}, foot)`,
      size: graph.nodeCount,
      unit: 's',
      itinera: { value: built.foot.seconds, peakMB: built.foot.peakMB },
      references: [
        {
          name: `plain bidirectional Dijkstra, the ${PAIRS.toLocaleString('en')} routes`,
          value: plainSeconds,
          check: (ratio) => ratio !== null && ratio >= 1,
          target: `≥ 1×: the build pays for itself within ${PAIRS.toLocaleString('en')} routes`,
        },
        postgis
          ? { name: 'PostGIS: loading the edges for pgRouting (COPY, ANALYZE)', value: loadSeconds }
          : { name: 'PostGIS', value: null, note: 'not measured (PostGIS missing)' },
      ],
      notes: `CPU ${built.foot.cpuSeconds.toFixed(1)} s for foot; distance only: ${built.distance.seconds.toFixed(1)} s (CPU ${built.distance.cpuSeconds.toFixed(1)} s, +${built.distance.peakMB} MB); peak = resident memory added while building (sampled at each progress report); in the app the build runs in a worker thread while routes are found by Dijkstra; ${load()}`,
    });
    if (network.kind === 'osm')
      stopOrderWorkloads({ routing, graph, finder, record, percentile, load, postgis, checks });
  }
}

/** The distance-only hierarchy's path lengths against pgr_dijkstra's on the same pairs. */
function agreement(network, pairs, calls, results) {
  let compared = 0;
  let worst = 0;
  for (const row of calls) {
    const mine = results[row.index];
    const theirs = row.length;
    if (theirs === null || !mine) {
      const same = pairs[row.index][0] === pairs[row.index][1];
      if ((theirs === null) !== !mine && !(theirs === null && same)) worst = Infinity;
      continue;
    }
    compared++;
    worst = Math.max(worst, Math.abs(mine.cost - theirs) / Math.max(theirs, 1e-9));
  }
  return {
    check: `route lengths (${network.label}), distance-only profile vs pgr_dijkstra`,
    result: `${compared} paths compared, largest relative difference ${worst === Infinity ? 'a path one side did not find' : worst.toExponential(2)} (goal ≤ 1e-3)`,
    ok: worst <= 1e-3,
  };
}
