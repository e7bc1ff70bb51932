// The routing bench's inputs: the router bundled from the sources (esbuild), a generated city
// of a perturbed street grid, and the largest network among the OSM extracts beside the project.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bundleSources } from './in-process.mjs';

export function loadRouting(root) {
  return bundleSources(root, 'routing', [
    [['openProjectStore'], 'electron/store/project-store.ts'],
    [['createRoutingGraph'], 'shared/routing/routing-graph.ts'],
    [['createPathFinder'], 'shared/routing/shortest-path.ts'],
    [['buildContractionHierarchy'], 'shared/routing/contraction.ts'],
    [['bestStopOrder', 'heuristicOrder', 'orderCost'], 'shared/routing/stop-order.ts'],
  ]);
}

export function createRandom(seed) {
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
export function generatedCity(side) {
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
export function osmNetwork(root, work, routing) {
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
